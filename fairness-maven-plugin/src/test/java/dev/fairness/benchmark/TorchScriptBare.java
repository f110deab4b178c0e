package dev.fairness.benchmark;

import dev.fairness.dataset.Preprocessing;
import dev.fairness.inference.Device;
import dev.fairness.inference.TorchScriptModel;

import java.nio.FloatBuffer;
import java.nio.file.Path;

/**
 * (a) for a TorchScript model: DJL's PyTorch engine alone on tensors preprocessed in advance, with the plugin's
 * batch size and PyTorch's own thread count (one per core), as {@code ThroughputBenchmark} measures ONNX Runtime.
 */
final class TorchScriptBare {
    private TorchScriptBare() {
    }

    /** Images per second over at least 6 s of batches, after one warm-up batch. */
    static double imagesPerSecond(Path file, FloatBuffer all, int n, int batch, Preprocessing p) {
        int per = p.channels().count() * p.height() * p.width();
        try (TorchScriptModel model = TorchScriptModel.open(file, Device.CPU, w -> { })) {
            run(model, all, 0, Math.min(batch, n), per, p);
            long start = System.nanoTime();
            long done = 0;
            do {
                for (int from = 0; from < n; from += batch) {
                    run(model, all, from, Math.min(batch, n - from), per, p);
                }
                done += n;
            } while (System.nanoTime() - start < 6_000_000_000L);
            return done / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void run(TorchScriptModel model, FloatBuffer all, int from, int count, int per, Preprocessing p) {
        FloatBuffer slice = all.duplicate().position(from * per).limit((from + count) * per).slice();
        model.run(slice, new long[] {count, p.channels().count(), p.height(), p.width()});
    }
}

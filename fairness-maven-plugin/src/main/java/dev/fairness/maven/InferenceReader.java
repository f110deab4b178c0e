package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.dataset.Preprocessing.ChannelMode;
import dev.fairness.dataset.Preprocessing.ResizeMode;
import dev.fairness.engine.ImageInput;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Throughput;
import dev.fairness.inference.Device;
import dev.fairness.inference.OutputKind;
import dev.fairness.inference.Task;

import java.util.ArrayList;
import java.util.List;

/** Reads how the model runs: {@code <outputs>}, {@code <preprocessing>}, {@code <device>}, batch size and threads. */
final class InferenceReader {
    private InferenceReader() {
    }

    static Inference read(Configuration c, Task task) {
        return new Inference(task, OutputKind.parse(c.outputs), imageInput(c.preprocessing), Device.parse(c.device));
    }

    static Throughput throughput(Configuration c) {
        NumberParameters.zeroOrMore("<batchSize>", c.batchSize, "the model's fixed batch size, else 16",
                "a number of images such as 16");
        NumberParameters.zeroOrMore("<threads>", c.threads, "one per core", "a number of threads such as 4");
        return new Throughput(c.batchSize, c.threads);
    }

    static ImageInput imageInput(PreprocessingConfiguration p) {
        if (p == null) {
            return ImageInput.FROM_MODEL;
        }
        if (p.width != null) {
            NumberParameters.positive("<preprocessing><width>", p.width, "a positive number of pixels, e.g. 224");
        }
        if (p.height != null) {
            NumberParameters.positive("<preprocessing><height>", p.height, "a positive number of pixels, e.g. 224");
        }
        return new ImageInput(p.width, p.height,
                p.resize == null ? null : ResizeMode.fromConfig(p.resize),
                p.channels == null ? null : ChannelMode.fromConfig(p.channels),
                values("<preprocessing><mean>", p.mean, false), values("<preprocessing><std>", p.std, true));
    }

    /** Finite values (positive ones for {@code std}); how many the model needs is checked once it is loaded. */
    private static List<Double> values(String parameter, List<Float> values, boolean positive) {
        if (values == null) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (Float v : values) {
            if (v == null || !Float.isFinite(v) || positive && v <= 0) {
                throw new InputException(parameter + " must be " + (positive ? "positive " : "") + "finite numbers, "
                        + "one or one per channel, e.g. " + (positive ? "0.229,0.224,0.225" : "0.485,0.456,0.406")
                        + "; found " + v + ".");
            }
            out.add((double) v);
        }
        return out;
    }
}

package dev.fairness.testing;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.RunOptions;
import dev.fairness.engine.Throughput;
import dev.fairness.inference.Device;
import dev.fairness.testing.SyntheticTestSet.Cell;

import java.nio.file.Path;
import java.util.List;

/**
 * The small image test set that the engine's caching, hashing and sharding tests score with real ONNX Runtime
 * inference: 40 generated 32x32 PNGs (20 women, 20 men, label Effusion, seed 3) and the model that reads their
 * scores back, evaluated on the CPU with one thread, grouped by sex.
 */
public final class SmallOnnxTestSet {
    private SmallOnnxTestSet() {
    }

    /** Writes the set (manifest.csv, images/, model.onnx) into {@code folder}; returns it. */
    public static Path write(Path folder) {
        SyntheticTestSet.binary(folder, 3, "Effusion", List.of(new Cell("F", 30, 80, 10, 8, 10, 1),
                new Cell("M", 30, 80, 10, 9, 10, 2)));
        return folder;
    }

    /** The set's model on its manifest, outputs in {@code out}: no operating points, rules or bootstrap. */
    public static EvaluationSpec spec(Path set, Path out) {
        return EvaluationSpec.of(Inputs.images(set.resolve("model.onnx"), set.resolve("manifest.csv"),
                        LabelSpec.binaryColumns(List.of("Effusion"))), out)
                .withInference(Inference.DEFAULT.withDevice(Device.CPU)).withThroughput(new Throughput(0, 1))
                .withGroupings(Groupings.of("sex").withMinGroupSize(1).withMinClassCount(0));
    }

    /** An evaluator with two workers and no content hashing of the images, as the tests run it. */
    public static Evaluator evaluator(EvaluationLog log) {
        return new Evaluator(log, "test", new RunOptions(2, false, null));
    }
}

package dev.fairness.benchmark;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.ImageInput;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Groupings;
import dev.fairness.inference.Device;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The evaluations the benchmark runs: the plugin's defaults, on the CPU, with one rule-free grouping. */
final class BenchmarkSpecs {
    private BenchmarkSpecs() {
    }

    /** Finding columns of the benchmark manifest: {@code F1 .. F14}. */
    static List<String> findings(int count) {
        List<String> labels = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            labels.add("F" + k);
        }
        return labels;
    }

    /** A binary ({@code labels == 1}) or multi-label evaluation of {@code model} on {@code manifest}. */
    static EvaluationSpec spec(Path model, Path manifest, int labels, Path outputDirectory) {
        return spec(model, manifest, labels, outputDirectory, ImageInput.FROM_MODEL);
    }

    /** The same, with the input size given (a TorchScript file declares none). */
    static EvaluationSpec spec(Path model, Path manifest, int labels, Path outputDirectory, ImageInput input) {
        return EvaluationSpec.of(Inputs.images(model, manifest, LabelSpec.binaryColumns(findings(labels))),
                        outputDirectory)
                .withInference(Inference.DEFAULT.withDevice(Device.CPU).withInput(input))
                .withGroupings(Groupings.of("sex").withMinGroupSize(1).withMinClassCount(0));
    }
}

package dev.fairness.benchmark;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.ImageInput;
import dev.fairness.inference.Device;
import dev.fairness.inference.OutputKind;
import dev.fairness.inference.Task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        return new EvaluationSpec(model, manifest, null, "image", null, LabelSpec.binaryColumns(findings(labels)),
                labels == 1 ? Task.BINARY : Task.MULTI_LABEL, OutputKind.PROBABILITIES, ImageInput.FROM_MODEL,
                Device.CPU, 0, 0, List.of("sex"), Map.of(), List.of(), 1, 0.5, Map.of(), List.of(), outputDirectory);
    }
}

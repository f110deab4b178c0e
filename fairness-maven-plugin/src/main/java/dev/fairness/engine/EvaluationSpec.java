package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.gate.Rule;
import dev.fairness.groups.AttributeSpec;
import dev.fairness.inference.Device;
import dev.fairness.inference.OutputKind;
import dev.fairness.inference.Task;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one evaluation needs, independent of Maven. Either {@code model} with {@code manifest} (inference
 * on images) or {@code predictions} (scores computed elsewhere) is set.
 *
 * @param model          the ONNX model, or null with {@code predictions}
 * @param manifest       the test-set CSV, or null with {@code predictions}
 * @param predictions    a predictions CSV that replaces inference, or null
 * @param imageColumn    the manifest's image column (null: {@code image})
 * @param idColumn       the manifest's id column (null: the image path)
 * @param labels         how the manifest gives the true labels
 * @param task           binary, multi-label or multi-class
 * @param outputs        whether the model outputs probabilities or logits
 * @param input          the preprocessing
 * @param device         where inference runs
 * @param batchSize      images per inference call (0: a default)
 * @param threads        ONNX Runtime intra-op threads (0: one per core)
 * @param attributes     attribute columns, each reported as a grouping
 * @param bins           bin edges of numeric attributes
 * @param intersections  intersections reported as groupings, e.g. {@code sex×age}
 * @param minGroupSize   groups smaller than this are left out of rules (and marked in reports)
 * @param threshold      the default operating threshold
 * @param thresholds     per-label operating thresholds
 * @param rules          the fairness rules
 * @param outputDirectory where fairness.json and predictions.csv go
 */
public record EvaluationSpec(Path model, Path manifest, Path predictions, String imageColumn, String idColumn,
                             LabelSpec labels, Task task, OutputKind outputs, ImageInput input, Device device,
                             int batchSize, int threads, List<String> attributes, Map<String, AttributeSpec> bins,
                             List<String> intersections, int minGroupSize, double threshold,
                             Map<String, Double> thresholds, List<Rule> rules, Path outputDirectory) {

    public EvaluationSpec {
        attributes = List.copyOf(attributes);
        bins = Map.copyOf(bins);
        intersections = List.copyOf(intersections);
        thresholds = Map.copyOf(thresholds);
        rules = List.copyOf(rules);
    }

    public boolean usesPredictionsFile() {
        return predictions != null;
    }

    /** The threshold of one label: its own, or the default. */
    public double thresholdOf(String label) {
        return thresholds.getOrDefault(label, threshold);
    }
}

package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.gate.Rule;
import dev.fairness.groups.AttributeSpec;
import dev.fairness.inference.Device;
import dev.fairness.inference.OutputKind;
import dev.fairness.inference.Task;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.OperatingPointSpec;

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
 * @param bootstrap      replicates, confidence level and seed of the confidence intervals (0 replicates: none)
 * @param operatingPoint how every label's threshold is set unless it has its own; null: fixed at {@code threshold}
 * @param operatingPoints per-label ways to set the threshold; win over {@code thresholds} and {@code operatingPoint}
 * @param validationManifest a manifest scored by the same model to choose thresholds on, or null
 * @param validationPredictions a predictions CSV to choose thresholds on, or null; at most one of the two
 * @param imageRoot      the folder the image paths of the manifest (and validation manifest) are relative to and
 *                       must stay inside; null: each manifest's own folder
 * @param minClassCount  groups with fewer cases of the class a metric rests on are left out of rules on it
 */
public record EvaluationSpec(Path model, Path manifest, Path predictions, String imageColumn, String idColumn,
                             LabelSpec labels, Task task, OutputKind outputs, ImageInput input, Device device,
                             int batchSize, int threads, List<String> attributes, Map<String, AttributeSpec> bins,
                             List<String> intersections, int minGroupSize, double threshold,
                             Map<String, Double> thresholds, List<Rule> rules, Path outputDirectory,
                             BootstrapSettings bootstrap, OperatingPointSpec operatingPoint,
                             Map<String, OperatingPointSpec> operatingPoints, Path validationManifest,
                             Path validationPredictions, Path imageRoot, int minClassCount) {

    /** A spec whose image paths are relative to each manifest's own folder, with no minimum class count. */
    public EvaluationSpec(Path model, Path manifest, Path predictions, String imageColumn, String idColumn,
                          LabelSpec labels, Task task, OutputKind outputs, ImageInput input, Device device,
                          int batchSize, int threads, List<String> attributes, Map<String, AttributeSpec> bins,
                          List<String> intersections, int minGroupSize, double threshold,
                          Map<String, Double> thresholds, List<Rule> rules, Path outputDirectory,
                          BootstrapSettings bootstrap, OperatingPointSpec operatingPoint,
                          Map<String, OperatingPointSpec> operatingPoints, Path validationManifest,
                          Path validationPredictions) {
        this(model, manifest, predictions, imageColumn, idColumn, labels, task, outputs, input, device, batchSize,
                threads, attributes, bins, intersections, minGroupSize, threshold, thresholds, rules, outputDirectory,
                bootstrap, operatingPoint, operatingPoints, validationManifest, validationPredictions, null, 0);
    }

    /** A spec as before intervals and chosen thresholds: no bootstrap, fixed thresholds, no validation set. */
    public EvaluationSpec(Path model, Path manifest, Path predictions, String imageColumn, String idColumn,
                          LabelSpec labels, Task task, OutputKind outputs, ImageInput input, Device device,
                          int batchSize, int threads, List<String> attributes, Map<String, AttributeSpec> bins,
                          List<String> intersections, int minGroupSize, double threshold,
                          Map<String, Double> thresholds, List<Rule> rules, Path outputDirectory) {
        this(model, manifest, predictions, imageColumn, idColumn, labels, task, outputs, input, device, batchSize,
                threads, attributes, bins, intersections, minGroupSize, threshold, thresholds, rules, outputDirectory,
                BootstrapSettings.NONE, null, Map.of(), null, null, null, 0);
    }

    public EvaluationSpec {
        attributes = List.copyOf(attributes);
        bins = Map.copyOf(bins);
        intersections = List.copyOf(intersections);
        thresholds = Map.copyOf(thresholds);
        rules = List.copyOf(rules);
        bootstrap = bootstrap == null ? BootstrapSettings.NONE : bootstrap;
        operatingPoints = operatingPoints == null ? Map.of() : Map.copyOf(operatingPoints);
    }

    public boolean usesPredictionsFile() {
        return predictions != null;
    }

    /** The fixed threshold of one label: its own, or the default (a chosen threshold is in the result). */
    public double thresholdOf(String label) {
        return thresholds.getOrDefault(label, threshold);
    }

    /**
     * How one label's threshold is set: its own {@code operatingPoints} entry, else its own fixed threshold, else
     * the default {@code operatingPoint}, else fixed at {@code threshold}.
     */
    public OperatingPointSpec operatingPointOf(String label) {
        OperatingPointSpec own = operatingPoints.get(label);
        if (own != null) {
            return own;
        }
        if (thresholds.containsKey(label)) {
            return OperatingPointSpec.fixed(thresholds.get(label));
        }
        return operatingPoint != null ? operatingPoint : OperatingPointSpec.fixed(threshold);
    }

    /** True when thresholds are chosen on a separate validation set. */
    public boolean hasValidationSet() {
        return validationManifest != null || validationPredictions != null;
    }
}

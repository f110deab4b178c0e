package dev.fairness.engine;

import dev.fairness.gate.Rule;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.OperatingPointSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one evaluation needs, independent of Maven, in named parts. Built by the plugin's configuration reader
 * (every value checked there), and in tests from {@link #of} with the {@code with} methods.
 *
 * @param inputs          the model and manifest, or the predictions CSV; the validation set
 * @param inference       how images become scores (the score cache's key derives from it)
 * @param throughput      batch size and threads: speed only
 * @param groupings       attributes, bins, intersections and the minimum sizes
 * @param operatingPoints how every label's threshold is set
 * @param rules           the fairness rules
 * @param bootstrap       replicates, confidence level and seed of the confidence intervals (0 replicates: none)
 * @param outputDirectory where fairness.json and predictions.csv go
 */
public record EvaluationSpec(Inputs inputs, Inference inference, Throughput throughput, Groupings groupings,
                             OperatingPoints operatingPoints, List<Rule> rules, BootstrapSettings bootstrap,
                             Path outputDirectory) {

    public EvaluationSpec {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        inference = inference == null ? Inference.DEFAULT : inference;
        if (inference.task() == null) {
            inference = inference.withTask(Inference.taskOf(inputs.labels()));
        }
        throughput = throughput == null ? Throughput.DEFAULT : throughput;
        groupings = groupings == null ? Groupings.NONE : groupings;
        operatingPoints = operatingPoints == null ? OperatingPoints.DEFAULT : operatingPoints;
        rules = List.copyOf(rules);
        bootstrap = bootstrap == null ? BootstrapSettings.NONE : bootstrap;
    }

    /**
     * These inputs with the defaults: the task from the labels, the model's own preprocessing on {@code auto}, no
     * groupings but the rules', minimum group size 30 and class count 10, thresholds fixed at 0.5, no rules, no
     * intervals.
     */
    public static EvaluationSpec of(Inputs inputs, Path outputDirectory) {
        return new EvaluationSpec(inputs, null, null, null, null, List.of(), null, outputDirectory);
    }

    public EvaluationSpec withInputs(Inputs value) {
        return new EvaluationSpec(value, inference, throughput, groupings, operatingPoints, rules, bootstrap,
                outputDirectory);
    }

    public EvaluationSpec withInference(Inference value) {
        return new EvaluationSpec(inputs, value, throughput, groupings, operatingPoints, rules, bootstrap,
                outputDirectory);
    }

    public EvaluationSpec withThroughput(Throughput value) {
        return new EvaluationSpec(inputs, inference, value, groupings, operatingPoints, rules, bootstrap,
                outputDirectory);
    }

    public EvaluationSpec withGroupings(Groupings value) {
        return new EvaluationSpec(inputs, inference, throughput, value, operatingPoints, rules, bootstrap,
                outputDirectory);
    }

    public EvaluationSpec withOperatingPoints(OperatingPoints value) {
        return new EvaluationSpec(inputs, inference, throughput, groupings, value, rules, bootstrap, outputDirectory);
    }

    public EvaluationSpec withRules(List<Rule> value) {
        return new EvaluationSpec(inputs, inference, throughput, groupings, operatingPoints, value, bootstrap,
                outputDirectory);
    }

    public EvaluationSpec withRules(Rule... value) {
        return withRules(List.of(value));
    }

    public EvaluationSpec withBootstrap(BootstrapSettings value) {
        return new EvaluationSpec(inputs, inference, throughput, groupings, operatingPoints, rules, value,
                outputDirectory);
    }

    public boolean usesPredictionsFile() {
        return inputs.usesPredictionsFile();
    }

    /** True when thresholds may be chosen on a separate validation set. */
    public boolean hasValidationSet() {
        return inputs.hasValidationSet();
    }

    /** How one label's threshold is set (see {@link OperatingPoints#of}). */
    public OperatingPointSpec operatingPointOf(String label) {
        return operatingPoints.of(label);
    }
}

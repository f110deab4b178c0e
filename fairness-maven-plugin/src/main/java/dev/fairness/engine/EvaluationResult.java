package dev.fairness.engine;

import dev.fairness.dataset.Predictions;
import dev.fairness.gate.Verdict;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.BootstrapSettings;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one evaluation: what the gate, the JSON file and the reports are made from.
 *
 * @param model       the model and device, or null when the scores came from a predictions file
 * @param predictions every sample's id, truth, scores and attributes (written to predictions.csv)
 * @param bootstrap   how the intervals were computed ({@link BootstrapSettings#NONE} when they were not)
 * @param validationSource the file thresholds were chosen on, or null when none was given
 * @param minClassCount    the minimum class count of the rules (0: none), for marking the values below it
 * @param groupings        the groupings the engine built, each row's group (the reports' per-group curves use them)
 * @param checks           export parity and warnings about the scores ({@link ScoreChecks#NONE} when none)
 */
public record EvaluationResult(Instant createdAt, String pluginVersion, ModelSummary model, DataSummary data,
                               int minGroupSize, List<LabelResult> labels, Verdict verdict, Predictions predictions,
                               BootstrapSettings bootstrap, String validationSource, int minClassCount,
                               List<Grouping> groupings, ScoreChecks checks) {

    public EvaluationResult {
        labels = List.copyOf(labels);
        bootstrap = bootstrap == null ? BootstrapSettings.NONE : bootstrap;
        groupings = List.copyOf(groupings);
        checks = checks == null ? ScoreChecks.NONE : checks;
    }

    /** A result without score checks. */
    public EvaluationResult(Instant createdAt, String pluginVersion, ModelSummary model, DataSummary data,
                            int minGroupSize, List<LabelResult> labels, Verdict verdict, Predictions predictions,
                            BootstrapSettings bootstrap, String validationSource, int minClassCount,
                            List<Grouping> groupings) {
        this(createdAt, pluginVersion, model, data, minGroupSize, labels, verdict, predictions, bootstrap,
                validationSource, minClassCount, groupings, ScoreChecks.NONE);
    }

    /**
     * The grouping of that name.
     *
     * @throws IllegalArgumentException when the engine built none by that name
     */
    public Grouping grouping(String name) {
        for (Grouping g : groupings) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no grouping '" + name + "' in this result");
    }
}

package dev.fairness.engine;

import dev.fairness.dataset.Predictions;
import dev.fairness.gate.Verdict;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one evaluation: what the gate, the JSON file and the reports are made from.
 *
 * @param model       the model and device, or null when the scores came from a predictions file
 * @param predictions every sample's id, truth, scores and attributes (written to predictions.csv)
 */
public record EvaluationResult(Instant createdAt, String pluginVersion, ModelSummary model, DataSummary data,
                               int minGroupSize, List<LabelResult> labels, Verdict verdict, Predictions predictions) {
    public EvaluationResult {
        labels = List.copyOf(labels);
    }
}

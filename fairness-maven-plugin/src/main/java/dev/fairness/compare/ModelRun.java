package dev.fairness.compare;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;

/**
 * One model of a comparison, evaluated on its own as a one-model build would (its rules, its thresholds, its
 * intervals), with the spec it was evaluated from (its output directory is the model's own folder).
 */
public record ModelRun(String name, EvaluationSpec spec, EvaluationResult result) {
}

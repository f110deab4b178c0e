package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;

/**
 * What a report is made from: one evaluation (with the groupings the engine built) and the name of the project it
 * belongs to (null when there is none).
 */
public record ReportSource(EvaluationResult result, String projectName) {
}

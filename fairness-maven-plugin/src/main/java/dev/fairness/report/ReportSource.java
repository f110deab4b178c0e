package dev.fairness.report;

import dev.fairness.compare.ComparisonResult;
import dev.fairness.engine.EvaluationResult;

/**
 * What a report is made from: one evaluation (with the groupings the engine built) and the name of the project it
 * belongs to (null when there is none); in a build that compares models, also the comparison (the evaluation is
 * then its first model's), otherwise null.
 */
public record ReportSource(EvaluationResult result, String projectName, ComparisonResult comparison) {

    /** The report of a one-model build. */
    public ReportSource(EvaluationResult result, String projectName) {
        this(result, projectName, null);
    }
}

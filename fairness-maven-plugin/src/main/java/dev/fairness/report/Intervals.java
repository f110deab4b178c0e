package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.Metric;

/**
 * The one place where confidence intervals enter the report. Every table cell ({@link ValueCell}) and every bar
 * ({@link BarChart}) asks here for the interval of the value it shows, and draws it when there is one.
 *
 * <p>The evaluation computes point values only so far, so every answer is {@code null}. When it carries
 * intervals (bootstrap CIs per group metric and per rule gap), these two methods read them from the result and
 * both reports show them without further changes.
 */
final class Intervals {
    private final EvaluationResult result;

    Intervals(EvaluationResult result) {
        this.result = result;
    }

    /**
     * The interval of one metric of one group, or null.
     *
     * @param grouping the grouping, or null for all rows
     * @param group    the group, or {@link dev.fairness.metrics.LabelMetrics#OVERALL} for all rows
     */
    Interval metric(String label, String grouping, String group, Metric metric) {
        return null;
    }

    /** The interval of a rule's gap, or null. */
    Interval rule(RuleResult rule) {
        return null;
    }

    EvaluationResult result() {
        return result;
    }
}

package dev.fairness.report;

import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.LabelMetrics;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.Metric;

/**
 * The one place where confidence intervals enter the report. Every table cell ({@link ValueCell}) and every bar
 * ({@link BarChart}) asks here for the interval of the value it shows, and draws it when there is one.
 *
 * <p>The intervals are the evaluation's CIs: per label, group and metric (Wilson's for a counted rate, the
 * bootstrap percentile one otherwise), and per rule gap. There is none (null) when the bootstrap is off, for
 * counts, and where the metric is undefined in every replicate.
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
        if (metric.isCount()) {
            return null;
        }
        for (LabelResult result : result.labels()) {
            if (result.label().equals(label) && result.bootstrap() != null) {
                return of(grouping == null || LabelMetrics.OVERALL.equals(group)
                        ? result.bootstrap().overall(metric)
                        : result.bootstrap().group(grouping, group, metric));
            }
        }
        return null;
    }

    /** The interval of a rule's gap, or null. */
    Interval rule(RuleResult rule) {
        return of(rule.interval());
    }

    private static Interval of(dev.fairness.metrics.Interval ci) {
        return ci != null && ci.isDefined() ? new Interval(ci.lower(), ci.upper()) : null;
    }

    EvaluationResult result() {
        return result;
    }
}

package dev.fairness.compare;

import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.Interval;

/**
 * One change rule judged for one candidate and one label: the baseline's and the candidate's values, the paired
 * change (candidate − baseline) with its interval, the status and the line the log, fairness.json and the reports
 * show.
 *
 * @param model    the candidate's name
 * @param group    for a per-group rule, the group that decided it (the worst); otherwise null
 * @param interval the paired change's interval, or null without the bootstrap or when a value is undefined
 */
public record ChangeResult(ChangeRule rule, String model, String label, String group, double baselineValue,
                           double candidateValue, Interval interval, RuleStatus status, String message) {

    public double change() {
        return candidateValue - baselineValue;
    }

    public boolean isViolated() {
        return status == RuleStatus.VIOLATED;
    }
}

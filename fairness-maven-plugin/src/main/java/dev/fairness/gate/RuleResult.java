package dev.fairness.gate;

import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.Interval;

import java.util.List;

/**
 * One rule evaluated for one label, the gate's one answer about it: the gap (with the groups that produced it), its
 * confidence interval and comparisons, the status and the {@link Decision} behind it, the groups left out and why,
 * and the warning lines the rule produced. The log, fairness.json and both reports show rules from this alone.
 *
 * @param interval     the gap's bootstrap interval over the same groups, or null when intervals are off or the gap
 *                     is undefined
 * @param comparisons  the signed comparisons the interval is derived from, with their simultaneous intervals
 *                     ({@link GapInterval}), or null without an interval
 * @param inconclusive for a point-gated rule whose interval straddles its limit: that the test set cannot decide
 *                     it, and about how many images would; otherwise null
 * @param calibration  for an {@code ece} rule decided by the calibration test: every group's test; otherwise null
 * @param decision     why the gate decided the status: what it compared with the limit, and what settled it
 */
public record RuleResult(Rule rule, String label, Gap gap, Interval interval, RuleStatus status,
                         List<ExcludedGroup> excluded, List<String> warnings, GapInterval comparisons,
                         Inconclusive inconclusive, CalibrationFinding calibration, Decision decision) {

    public RuleResult {
        excluded = List.copyOf(excluded);
        warnings = List.copyOf(warnings);
    }

    public boolean isViolated() {
        return status == RuleStatus.VIOLATED;
    }
}

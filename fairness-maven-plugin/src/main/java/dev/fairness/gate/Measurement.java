package dev.fairness.gate;

import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;

import java.util.List;

/**
 * A gap measured over the groups a rule may compare: the groups kept, the groups left out with the reason, the
 * gap and its interval. What a rule decides on, and what the reports show for gaps no rule names.
 *
 * @param kept        the groups the gap was computed over, in group order
 * @param excluded    the groups left out, with the reason
 * @param comparisons the signed comparisons the interval is derived from, or null without an interval
 */
public record Measurement(Gap gap, List<GroupMetrics> kept, List<ExcludedGroup> excluded, GapInterval comparisons) {

    public Measurement {
        kept = List.copyOf(kept);
        excluded = List.copyOf(excluded);
    }

    /** The gap's interval over the kept groups, or null when intervals are off or the gap is undefined. */
    public Interval interval() {
        return comparisons == null ? null : comparisons.interval();
    }

    /** The size of the smallest kept group (0 when none is kept). */
    public long smallestGroup() {
        return kept.stream().mapToLong(GroupMetrics::n).min().orElse(0);
    }
}

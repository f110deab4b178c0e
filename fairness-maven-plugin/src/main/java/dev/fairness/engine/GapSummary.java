package dev.fairness.engine;

import dev.fairness.gate.ExcludedGroup;
import dev.fairness.gate.Measure;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.Interval;

import java.util.List;

/**
 * The difference gap (max - min over groups) of one metric or compound criterion over one grouping, with its
 * interval: what a rule on it would see. Groups below the minimum size or where the metric is undefined are left
 * out, as a rule leaves them out, and listed.
 *
 * @param interval null when intervals are off or the gap is undefined
 */
public record GapSummary(String grouping, Measure measure, Gap gap, Interval interval, List<ExcludedGroup> excluded) {
    public GapSummary {
        excluded = List.copyOf(excluded);
    }
}

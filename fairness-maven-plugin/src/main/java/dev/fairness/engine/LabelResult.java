package dev.fairness.engine;

import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.OperatingPoint;
import dev.fairness.metrics.SortedGroups;

import java.util.List;
import java.util.Objects;

/**
 * The metrics of one label at its operating threshold, with their confidence intervals.
 *
 * @param threshold      the operating threshold (predicted positive iff {@code score >= threshold})
 * @param operatingPoint how the threshold was set (fixed, or chosen and on which set)
 * @param bootstrap      the bootstrap replicates and intervals of every metric, or null when intervals are off
 * @param gaps           the difference gap of every metric and compound criterion per grouping, with intervals
 * @param scoreOrder     the engine's one sort of this label's rows by score with each row's groups and what the
 *                       metrics counted per group, which the report's curves read instead of sorting, packing the
 *                       groups or reading the rows again
 */
public record LabelResult(String label, double threshold, LabelMetrics metrics, OperatingPoint operatingPoint,
                          BootstrapReplicates bootstrap, List<GapSummary> gaps, SortedGroups scoreOrder) {

    public LabelResult {
        Objects.requireNonNull(operatingPoint, "operatingPoint");
        Objects.requireNonNull(scoreOrder, "scoreOrder");
        gaps = List.copyOf(gaps);
    }

    public boolean hasIntervals() {
        return bootstrap != null;
    }
}

package dev.fairness.engine;

import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.OperatingPoint;
import dev.fairness.metrics.SortedLabel;

import java.util.List;
import java.util.Objects;

/**
 * The metrics of one label at its operating threshold, with their confidence intervals.
 *
 * @param threshold      the operating threshold (predicted positive iff {@code score >= threshold})
 * @param operatingPoint how the threshold was set (fixed, or chosen and on which set)
 * @param bootstrap      the bootstrap replicates and intervals of every metric, or null when intervals are off
 * @param gaps           the difference gap of every metric and compound criterion per grouping, with intervals
 * @param scoreOrder     the engine's one sort of this label's rows by score, which the report's curves read
 *                       instead of sorting again; null when the result was built without it
 */
public record LabelResult(String label, double threshold, LabelMetrics metrics, OperatingPoint operatingPoint,
                          BootstrapReplicates bootstrap, List<GapSummary> gaps, SortedLabel scoreOrder) {

    /** A result without the score order: the report's curves then sort each group's rows themselves. */
    public LabelResult(String label, double threshold, LabelMetrics metrics, OperatingPoint operatingPoint,
                       BootstrapReplicates bootstrap, List<GapSummary> gaps) {
        this(label, threshold, metrics, operatingPoint, bootstrap, gaps, null);
    }

    public LabelResult {
        Objects.requireNonNull(operatingPoint, "operatingPoint");
        gaps = List.copyOf(gaps);
    }

    public boolean hasIntervals() {
        return bootstrap != null;
    }
}

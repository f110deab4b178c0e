package dev.fairness.engine;

import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.OperatingPoint;

import java.util.List;
import java.util.Objects;

/**
 * The metrics of one label at its operating threshold, with their confidence intervals.
 *
 * @param threshold      the operating threshold (predicted positive iff {@code score >= threshold})
 * @param operatingPoint how the threshold was set (fixed, or chosen and on which set)
 * @param bootstrap      the bootstrap replicates and intervals of every metric, or null when intervals are off
 * @param gaps           the difference gap of every metric and compound criterion per grouping, with intervals
 */
public record LabelResult(String label, double threshold, LabelMetrics metrics, OperatingPoint operatingPoint,
                          BootstrapReplicates bootstrap, List<GapSummary> gaps) {

    public LabelResult {
        Objects.requireNonNull(operatingPoint, "operatingPoint");
        gaps = List.copyOf(gaps);
    }

    public boolean hasIntervals() {
        return bootstrap != null;
    }
}

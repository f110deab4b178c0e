package dev.fairness.engine;

import dev.fairness.metrics.LabelMetrics;

/** The metrics of one label at its operating threshold. */
public record LabelResult(String label, double threshold, LabelMetrics metrics) {
}

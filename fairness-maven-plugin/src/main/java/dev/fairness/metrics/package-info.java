/**
 * Per-group metrics of one label and the gaps between groups (design notes, "Metrics: definitions").
 *
 * <ul>
 *   <li>{@link dev.fairness.metrics.LabelMetricsCalculator} computes {@link dev.fairness.metrics.LabelMetrics}:
 *       every {@link dev.fairness.metrics.Metric} overall and per group of each grouping, each a
 *       {@link dev.fairness.metrics.MetricValue} that is either defined or undefined with a reason — never a
 *       fake 0. Predicted positive iff {@code score >= threshold}.</li>
 *   <li>{@link dev.fairness.metrics.SortedLabel} is the one sort per label all metrics are read from; keep it to
 *       recompute with per-row weights (bootstrap) without sorting again.</li>
 *   <li>{@link dev.fairness.metrics.Gaps} turns one metric's group values into a
 *       {@link dev.fairness.metrics.Gap} by a {@link dev.fairness.metrics.GapMethod}, naming the groups that
 *       produced it; {@link dev.fairness.metrics.CompoundMetric} combines gaps (equalized odds, equal
 *       opportunity, demographic parity).</li>
 * </ul>
 * No Maven API here: the engine is reusable from any build tool or command line.
 */
package dev.fairness.metrics;

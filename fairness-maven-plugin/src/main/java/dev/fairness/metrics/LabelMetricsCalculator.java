package dev.fairness.metrics;

import dev.fairness.groups.Grouping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Computes every metric of one label, overall and per group of each grouping.
 *
 * <p><b>Prediction rule:</b> a row is predicted positive iff {@code score >= threshold}.
 *
 * <p>The label is sorted once ({@link SortedLabel}); every grouping regroups that order by a counting sort
 * ({@link GroupBlocks}), and one linear pass per block yields the threshold counts, ROC AUC, average
 * precision, Brier score and ECE of the overall line and of every group ({@link PointEstimatePass}). The optional
 * per-row integer weights make the same passes compute a resampled data set (weight = how often the row was
 * drawn) without re-sorting; {@link Bootstrap} uses the same definitions on the blocks' slot layout, made for
 * speed. Stateless and thread-safe: labels can be computed in parallel.
 */
public final class LabelMetricsCalculator {

    /**
     * Sorts the label and computes its metrics.
     *
     * @param truth     true label per row
     * @param scores    finite score per row
     * @param threshold predicted positive iff {@code score >= threshold}
     * @param groupings groupings whose {@code groupOf} arrays have one entry per row; names must be distinct
     */
    public LabelMetrics compute(boolean[] truth, double[] scores, double threshold, List<Grouping> groupings) {
        return compute(SortedLabel.of(truth, scores), threshold, groupings, null);
    }

    /**
     * Computes the metrics of an already sorted label, optionally with per-row weights.
     *
     * @param label     the sorted label
     * @param threshold predicted positive iff {@code score >= threshold}
     * @param groupings groupings with one {@code groupOf} entry per row; names must be distinct
     * @param weights   non-negative weight per row (e.g. bootstrap draw counts), or {@code null} for 1 each;
     *                  all counts in the result are then weighted counts
     */
    public LabelMetrics compute(SortedLabel label, double threshold, List<Grouping> groupings, int[] weights) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(groupings, "groupings");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        checkWeights(label, weights);
        int[][] groupOfs = new int[groupings.size()][];
        int[] groupCounts = new int[groupings.size()];
        Set<String> names = new HashSet<>();
        for (int k = 0; k < groupings.size(); k++) {
            Grouping grouping = groupings.get(k);
            if (grouping.size() != label.size()) {
                throw new IllegalArgumentException("grouping '" + grouping.name() + "' has " + grouping.size()
                        + " rows but the label has " + label.size());
            }
            if (!names.add(grouping.name())) {
                throw new IllegalArgumentException("grouping '" + grouping.name() + "' is given twice");
            }
            groupOfs[k] = grouping.groupOf();
            groupCounts[k] = grouping.groupCount();
        }
        int[] sortedWeights = weights == null ? null : sorted(label, weights);
        GroupTally overall = PointEstimatePass.tally(label.sortedScores(), label.sortedTruth(), (int[]) null,
                sortedWeights, 0, label.size(), threshold);
        GroupBlocks[] blocks = GroupBlocks.of(label, java.util.Arrays.asList(groupOfs), groupCounts);
        Map<String, List<GroupMetrics>> byGrouping = new LinkedHashMap<>();
        for (int k = 0; k < groupings.size(); k++) {
            Grouping grouping = groupings.get(k);
            GroupBlocks b = blocks[k];
            List<GroupMetrics> groups = new ArrayList<>(grouping.groupCount());
            for (int g = 0; g < grouping.groupCount(); g++) {
                GroupTally tally = PointEstimatePass.tally(label.sortedScores(), label.sortedTruth(), b.positions(),
                        sortedWeights, b.start(g), b.end(g), threshold);
                groups.add(new GroupMetrics(grouping.groupNames().get(g), MetricFormulas.evaluate(tally)));
            }
            byGrouping.put(grouping.name(), groups);
        }
        return new LabelMetrics(threshold, new GroupMetrics(LabelMetrics.OVERALL, MetricFormulas.evaluate(overall)),
                byGrouping);
    }

    private static int[] sorted(SortedLabel label, int[] weights) {
        int[] sorted = new int[weights.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = weights[label.rowAt(i)];
        }
        return sorted;
    }

    private static void checkWeights(SortedLabel label, int[] weights) {
        if (weights == null) {
            return;
        }
        if (weights.length != label.size()) {
            throw new IllegalArgumentException("weights has " + weights.length + " rows but the label has " + label.size());
        }
        for (int row = 0; row < weights.length; row++) {
            if (weights[row] < 0) {
                throw new IllegalArgumentException("weight of row " + row + " is negative: " + weights[row]);
            }
        }
    }
}

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
 * <p>The label is sorted once ({@link SortedLabel}); one pass over its sorted rows then tallies the threshold counts,
 * ROC AUC, average precision, Brier score and ECE of the overall line and of every group of every grouping at once
 * ({@link AllGroupsPass}, with the definitions of {@link PointEstimatePass}). The optional per-row integer weights
 * make the same pass compute a resampled data set (weight = how often the row was drawn) without re-sorting;
 * {@link Bootstrap} uses the same definitions on each grouping's blocks ({@link GroupBlocks}), laid out for
 * passes run a thousand times. Stateless and thread-safe: labels can be computed in parallel.
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
        Objects.requireNonNull(groupings, "groupings");
        return compute(label, threshold, groupings, RowGroups.of(checked(label, groupings), label.size()), weights);
    }

    /**
     * The same, with the groupings' rows packed once for every label of an evaluation.
     *
     * @param rowGroups {@link RowGroups#of} these groupings
     */
    public LabelMetrics compute(SortedLabel label, double threshold, List<Grouping> groupings, RowGroups rowGroups,
                                int[] weights) {
        checked(label, threshold, groupings, rowGroups);
        checkWeights(label, weights);
        GroupTally[] tallies = AllGroupsPass.tally(label, rowGroups, weights == null ? null : sorted(label, weights),
                threshold);
        return metrics(tallies, threshold, groupings, rowGroups);
    }

    /** A label's metrics and the rows in score order with their groups, which the report's curves read. */
    public record Measured(LabelMetrics metrics, SortedGroups order) {
    }

    /**
     * As {@link #compute(SortedLabel, double, List, RowGroups, int[])} without weights, keeping what the pass
     * counted for the report's curves ({@link SortedGroups}).
     */
    public Measured measure(SortedLabel label, double threshold, List<Grouping> groupings, RowGroups rowGroups) {
        checked(label, threshold, groupings, rowGroups);
        AllGroupsPass pass = AllGroupsPass.over(label, rowGroups, null, threshold);
        return new Measured(metrics(pass.tallies(), threshold, groupings, rowGroups), pass.sortedGroups());
    }

    private static void checked(SortedLabel label, double threshold, List<Grouping> groupings, RowGroups rowGroups) {
        Objects.requireNonNull(label, "label");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        if (rowGroups.rows() != label.size()) {
            throw new IllegalArgumentException("the groupings have " + rowGroups.rows() + " rows but the label has "
                    + label.size());
        }
        checked(label, groupings);
    }

    private static LabelMetrics metrics(GroupTally[] tallies, double threshold, List<Grouping> groupings,
                                        RowGroups rowGroups) {
        Map<String, List<GroupMetrics>> byGrouping = new LinkedHashMap<>();
        for (int k = 0; k < groupings.size(); k++) {
            Grouping grouping = groupings.get(k);
            List<GroupMetrics> groups = new ArrayList<>(grouping.groupCount());
            for (int g = 0; g < grouping.groupCount(); g++) {
                groups.add(new GroupMetrics(grouping.groupNames().get(g),
                        MetricFormulas.evaluate(tallies[rowGroups.id(k, g)])));
            }
            byGrouping.put(grouping.name(), groups);
        }
        return new LabelMetrics(threshold, new GroupMetrics(LabelMetrics.OVERALL, MetricFormulas.evaluate(tallies[0])),
                byGrouping);
    }

    /** The groupings, each with one entry per row of the label and a name of its own. */
    private static List<Grouping> checked(SortedLabel label, List<Grouping> groupings) {
        Set<String> names = new HashSet<>();
        for (Grouping grouping : groupings) {
            if (grouping.size() != label.size()) {
                throw new IllegalArgumentException("grouping '" + grouping.name() + "' has " + grouping.size()
                        + " rows but the label has " + label.size());
            }
            if (!names.add(grouping.name())) {
                throw new IllegalArgumentException("grouping '" + grouping.name() + "' is given twice");
            }
        }
        return groupings;
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

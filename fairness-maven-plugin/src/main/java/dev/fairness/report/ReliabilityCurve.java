package dev.fairness.report;

import dev.fairness.metrics.SortedGroups;

import java.util.ArrayList;
import java.util.List;

/**
 * The reliability (calibration) curve of one group: the scores in the ten equal-width bins of the ECE (bin
 * {@code min(floor(10 * score), 9)}), and per non-empty bin the mean score against the observed frequency of the
 * label. A calibrated model lies on the diagonal.
 */
record ReliabilityCurve(List<Bin> bins) {
    static final int BINS = SortedGroups.BINS;

    /** One non-empty bin: its index (0 for [0, 0.1)), size, mean score and observed positive fraction. */
    record Bin(int index, int n, double meanScore, double observed) {
    }

    /**
     * The curve of the group with this id: the ECE's bins of its rows as the metrics' pass counted them, so the
     * chart shows the very sums the group's ECE is computed from (a bin's mean score is its score sum, added tie
     * block by tie block in score order, over its rows).
     */
    static ReliabilityCurve of(SortedGroups order, int id) {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            long n = order.binRows(id, b);
            if (n > 0) {
                bins.add(new Bin(b, (int) n, order.binScoreSum(id, b) / n, (double) order.binPositives(id, b) / n));
            }
        }
        return new ReliabilityCurve(List.copyOf(bins));
    }

    /** The curve of every group of grouping {@code k} of {@code order}, in group order. */
    static List<ReliabilityCurve> ofGrouping(SortedGroups order, int k) {
        List<ReliabilityCurve> curves = new ArrayList<>();
        for (int g = 0; g < order.groupCount(k); g++) {
            curves.add(of(order, order.id(k, g)));
        }
        return curves;
    }

    /** The bin of one index, or null when it is empty. */
    Bin bin(int index) {
        for (Bin b : bins) {
            if (b.index() == index) {
                return b;
            }
        }
        return null;
    }
}

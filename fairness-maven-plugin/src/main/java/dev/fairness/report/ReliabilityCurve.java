package dev.fairness.report;

import dev.fairness.groups.Grouping;

import java.util.ArrayList;
import java.util.List;

/**
 * The reliability (calibration) curve of one group: the scores in the ten equal-width bins of the ECE (bin
 * {@code min(floor(10 * score), 9)}), and per non-empty bin the mean score against the observed frequency of the
 * label. A calibrated model lies on the diagonal.
 */
record ReliabilityCurve(List<Bin> bins) {
    static final int BINS = 10;

    /** One non-empty bin: its index (0 for [0, 0.1)), size, mean score and observed positive fraction. */
    record Bin(int index, int n, double meanScore, double observed) {
    }

    /** The curve of the given rows; empty when there are no rows. */
    static ReliabilityCurve of(boolean[] truth, double[] scores, int[] rows) {
        int[] n = new int[BINS];
        double[] scoreSum = new double[BINS];
        int[] positives = new int[BINS];
        for (int row : rows) {
            int bin = bin(scores[row]);
            n[bin]++;
            scoreSum[bin] += scores[row];
            positives[bin] += truth[row] ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (n[b] > 0) {
                bins.add(new Bin(b, n[b], scoreSum[b] / n[b], (double) positives[b] / n[b]));
            }
        }
        return new ReliabilityCurve(List.copyOf(bins));
    }

    /**
     * The curve of every group of a grouping, in group order: {@link #of} of each group's rows, from one pass over
     * all rows in row order (each group's sums add up in the same order, so the values are the same to the bit)
     * instead of one gather per group.
     */
    static List<ReliabilityCurve> ofGroups(boolean[] truth, double[] scores, Grouping grouping) {
        int groups = grouping.groupCount();
        int[] groupOf = grouping.groupOf();
        int[] n = new int[groups * BINS];
        double[] scoreSum = new double[groups * BINS];
        int[] positives = new int[groups * BINS];
        for (int row = 0; row < groupOf.length; row++) {
            int g = groupOf[row];
            if (g != Grouping.NO_GROUP) {
                int cell = g * BINS + bin(scores[row]);
                n[cell]++;
                scoreSum[cell] += scores[row];
                positives[cell] += truth[row] ? 1 : 0;
            }
        }
        List<ReliabilityCurve> curves = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            List<Bin> bins = new ArrayList<>();
            for (int b = 0; b < BINS; b++) {
                int cell = g * BINS + b;
                if (n[cell] > 0) {
                    bins.add(new Bin(b, n[cell], scoreSum[cell] / n[cell], (double) positives[cell] / n[cell]));
                }
            }
            curves.add(new ReliabilityCurve(List.copyOf(bins)));
        }
        return curves;
    }

    /** The bin of a score, as the ECE computes it. */
    static int bin(double score) {
        return Math.max(0, Math.min((int) Math.floor(score * BINS), BINS - 1));
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

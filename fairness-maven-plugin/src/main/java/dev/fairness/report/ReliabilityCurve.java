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
     * The curve of every group of a grouping, in group order: {@link #of} of each group's rows (see
     * {@link #ofGroupings}).
     */
    static List<ReliabilityCurve> ofGroups(boolean[] truth, double[] scores, Grouping grouping) {
        return ofGroupings(truth, scores, GroupCodes.of(List.of(grouping)).get(0)).get(0);
    }

    /**
     * Per grouping of {@code codes}, the curve of every group in group order: {@link #of} of each group's rows,
     * from one pass over all rows in row order for all groupings (each group's sums add up in the same order, so
     * the values are the same to the bit) instead of one gather per group or one pass per grouping.
     */
    static List<List<ReliabilityCurve>> ofGroupings(boolean[] truth, double[] scores, GroupCodes codes) {
        return ofGroupings(truth, scores, codes, new int[codes.slots()], new int[codes.slots()]);
    }

    /**
     * As {@link #ofGroupings(boolean[], double[], GroupCodes)}, also adding every group's rows and positives into
     * {@code sizes} and {@code positives} (by slot of {@code codes}): the counts the ROC curves' pass needs.
     */
    static List<List<ReliabilityCurve>> ofGroupings(boolean[] truth, double[] scores, GroupCodes codes, int[] sizes,
                                                    int[] positives) {
        int groupings = codes.groupings().size();
        int cells = codes.slots() * BINS;
        int[] n = new int[cells];
        double[] scoreSum = new double[cells];
        int[] binPositives = new int[cells];
        for (int row = 0; row < scores.length; row++) {
            double score = scores[row];
            int bin = bin(score);
            int positive = truth[row] ? 1 : 0;
            int code = codes.code(row);
            for (int k = 0; k < groupings; k++) {
                int s = codes.slot(code, k);
                if (s >= 0) {
                    int cell = s * BINS + bin;
                    n[cell]++;
                    scoreSum[cell] += score;
                    binPositives[cell] += positive;
                }
            }
        }
        List<List<ReliabilityCurve>> curves = new ArrayList<>(groupings);
        for (int k = 0; k < groupings; k++) {
            List<ReliabilityCurve> ofGrouping = new ArrayList<>();
            for (int s = codes.offset(k); s < codes.offset(k + 1); s++) {
                List<Bin> bins = new ArrayList<>();
                for (int b = 0; b < BINS; b++) {
                    int cell = s * BINS + b;
                    sizes[s] += n[cell];
                    positives[s] += binPositives[cell];
                    if (n[cell] > 0) {
                        bins.add(new Bin(b, n[cell], scoreSum[cell] / n[cell], (double) binPositives[cell] / n[cell]));
                    }
                }
                ofGrouping.add(new ReliabilityCurve(List.copyOf(bins)));
            }
            curves.add(ofGrouping);
        }
        return curves;
    }

    /**
     * The bin of a score, as the ECE computes it: {@code min(floor(10 * score), 9)}, at least 0. The cast truncates
     * toward zero where floor rounds down, which differs only below 0, where both give bin 0 (and it is much cheaper
     * than {@code Math.floor} in code not yet compiled).
     */
    static int bin(double score) {
        return Math.max(0, Math.min((int) (score * BINS), BINS - 1));
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

package dev.fairness.metrics;

import java.util.Objects;

/**
 * One label's rows sorted once by descending score, cut into tie blocks (runs of equal scores).
 *
 * <p>Every metric of every group of every grouping is read off this one order (each grouping regroups it by a
 * counting sort, keeping score order within each group, see {@link GroupBlocks}): the rows at or above a
 * threshold are a prefix of it, ROC AUC and average precision are sums over its tie blocks, and
 * the Brier score and ECE only need each block's score. Sorting is the costliest step, so keeping this
 * object lets a bootstrap re-weight rows many times without sorting again. Immutable and thread-safe.
 */
public final class SortedLabel {
    private final int[] order;
    private final boolean[] sortedTruth;
    private final double[] sortedScores;
    private final int blockCount;

    private SortedLabel(int[] order, boolean[] sortedTruth, double[] sortedScores, int blockCount) {
        this.order = order;
        this.sortedTruth = sortedTruth;
        this.sortedScores = sortedScores;
        this.blockCount = blockCount;
    }

    /**
     * Sorts one label.
     *
     * @param truth  true label per row
     * @param scores model score per row; must be finite (NaN or infinite scores are rejected, naming the row)
     * @throws IllegalArgumentException when the arrays differ in length or a score is not finite
     */
    public static SortedLabel of(boolean[] truth, double[] scores) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(scores, "scores");
        if (truth.length != scores.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " rows but scores has " + scores.length);
        }
        for (int row = 0; row < scores.length; row++) {
            if (!Double.isFinite(scores[row])) {
                throw new IllegalArgumentException("score of row " + row + " is " + scores[row] + ", expected a finite number");
            }
        }
        int n = scores.length;
        double[] sortedScores = new double[n];
        boolean[] sortedTruth = new boolean[n];
        int[] order = DescendingScoreSort.order(scores, truth, sortedScores, sortedTruth);
        int blocks = n == 0 ? 0 : 1;
        for (int i = 1; i < n; i++) {
            if (sortedScores[i] != sortedScores[i - 1]) {
                blocks++;
            }
        }
        return new SortedLabel(order, sortedTruth, sortedScores, blocks);
    }

    /** Number of rows. */
    public int size() {
        return order.length;
    }

    /** Number of distinct scores (tie blocks). */
    public int blockCount() {
        return blockCount;
    }

    /** Row index at sorted position {@code i} (0 = highest score). */
    public int rowAt(int i) {
        return order[i];
    }

    /** Score at sorted position {@code i}; {@code -0.0} is read as {@code 0.0}, so ties compare with {@code ==}. */
    public double scoreAt(int i) {
        return sortedScores[i];
    }

    /** Whether the row at sorted position {@code i} is a positive. */
    public boolean isPositiveAt(int i) {
        return sortedTruth[i];
    }

    // Package-private raw views for the passes; never exposed, never modified.

    int[] order() {
        return order;
    }

    boolean[] sortedTruth() {
        return sortedTruth;
    }

    /** Scores in sorted order; {@code -0.0} is stored as {@code 0.0}, so {@code ==} finds the tie blocks. */
    double[] sortedScores() {
        return sortedScores;
    }
}

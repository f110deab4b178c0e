package dev.fairness.metrics;

import java.util.Objects;

/**
 * One label's rows sorted once by descending score, cut into tie blocks (runs of equal scores).
 *
 * <p>Every metric of every group is read off this one order in a single pass per grouping: the rows at or
 * above a threshold are a prefix of it, ROC AUC and average precision are sums over its tie blocks, and the
 * Brier score and ECE only need each block's score. Sorting is the only O(n log n)-ish step, so keeping this
 * object lets a bootstrap re-weight rows thousands of times without sorting again. Immutable and
 * thread-safe.
 */
public final class SortedLabel {
    private final int size;
    private final int[] order;
    private final boolean[] sortedTruth;
    private final int[] blockStart;
    private final double[] blockScore;

    private SortedLabel(int size, int[] order, boolean[] sortedTruth, int[] blockStart, double[] blockScore) {
        this.size = size;
        this.order = order;
        this.sortedTruth = sortedTruth;
        this.blockStart = blockStart;
        this.blockScore = blockScore;
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
        long[] keys = new long[n];
        int[] order = DescendingScoreSort.order(scores, keys);
        boolean[] sortedTruth = new boolean[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            sortedTruth[i] = truth[order[i]];
            if (i == 0 || keys[i] != keys[i - 1]) {
                blocks++;
            }
        }
        int[] blockStart = new int[blocks + 1];
        double[] blockScore = new double[blocks];
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                blockStart[b] = i;
                blockScore[b] = DescendingScoreSort.decode(keys[i]);
                b++;
            }
        }
        blockStart[blocks] = n;
        return new SortedLabel(n, order, sortedTruth, blockStart, blockScore);
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** Number of distinct scores (tie blocks). */
    public int blockCount() {
        return blockScore.length;
    }

    /** Row index at sorted position {@code i} (0 = highest score). */
    public int rowAt(int i) {
        return order[i];
    }

    // Package-private raw views for the passes; never exposed, never modified.

    int[] order() {
        return order;
    }

    boolean[] sortedTruth() {
        return sortedTruth;
    }

    int[] blockStart() {
        return blockStart;
    }

    double[] blockScore() {
        return blockScore;
    }
}

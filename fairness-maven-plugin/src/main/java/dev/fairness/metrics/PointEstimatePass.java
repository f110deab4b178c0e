package dev.fairness.metrics;

/**
 * The definitions every point estimate is read with, on one block of rows in descending score order (all rows, for
 * the overall line, or one group's rows):
 * <ul>
 *   <li>ROC AUC: a negative is outranked by every positive already seen (all with higher scores); ties inside a
 *       tie block count one half: per block {@code 2*neg*posSeen + pos*neg}, in a long;</li>
 *   <li>average precision: scikit-learn's step sum, where at each distinct score recall grows by
 *       {@code pos/P} and is multiplied by the precision at that score;</li>
 *   <li>Brier: additive per row; ECE: rows are sorted, so each of the 10 bins is one contiguous run of the
 *       block, closed when it ends;</li>
 *   <li>threshold counts: the rows with {@code score >= threshold} are a prefix of the block, so the
 *       positives/negatives seen where that prefix ends are TP and FP.</li>
 * </ul>
 * With per-row integer weights a row counts that often (a resampled data set). {@link AllGroupsPass} computes the
 * point estimates of every group in one pass over the label's rows; the bootstrap's replicates use
 * {@link ReplicatePass}, the same definitions on a layout made for passes run a thousand times.
 */
final class PointEstimatePass {
    /** Number of equal-width ECE bins on [0, 1]. */
    static final int ECE_BINS = 10;

    private PointEstimatePass() {
    }

    /**
     * ECE bin of a score: {@code min(floor(score * 10), 9)}, and bin 0 for (invalid) negative scores. The cast
     * truncates toward zero where floor rounds down, which differs only below 0, where both give bin 0; it is called
     * once per row, and on a cold JVM {@code Math.floor} runs as interpreted library code until it is compiled.
     */
    static int eceBin(double score) {
        return Math.max(0, Math.min((int) (score * ECE_BINS), ECE_BINS - 1));
    }
}

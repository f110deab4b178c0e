package dev.fairness.metrics;

/**
 * One pass over a {@link SortedLabel} that tallies every group of one grouping at once.
 *
 * <p>Rows are visited in descending score order, tie block by tie block. Inside a block each row only adds
 * its weight to its group's block counters and, the first time its group appears in the block, puts the
 * group on a short "touched" list. At the end of the block only the touched groups are updated:
 * <ul>
 *   <li>ROC AUC: the block's negatives are outranked by every positive already seen (all with higher
 *       scores), and ties inside the block count one half: {@code 2*neg*posSeen + pos*neg} in a long;</li>
 *   <li>average precision: scikit-learn's step sum, where recall grows by {@code pos/P} at this
 *       threshold and is multiplied by the precision at this threshold;</li>
 *   <li>Brier and ECE: every row of the block has the same score, so per block per group
 *       {@code pos*(s-1)^2 + neg*s^2} and one bin update suffice;</li>
 *   <li>threshold counts: the rows with {@code score >= threshold} are a prefix of the order, so the
 *       running positives/negatives at the first block below the threshold are TP and FP.</li>
 * </ul>
 * No per-group sorting and no per-group scan of all blocks: the cost is O(rows + touched groups per block).
 */
final class GroupingPass {
    /** Number of equal-width ECE bins on [0, 1]. */
    static final int ECE_BINS = 10;

    private GroupingPass() {
    }

    /**
     * Tallies each group.
     *
     * @param label     the sorted label
     * @param groupOf   group index per row ({@code -1} = in no group), or {@code null} to put every row in group 0
     * @param groups    number of groups
     * @param threshold predicted positive iff {@code score >= threshold}
     * @param weights   per-row non-negative integer weights, or {@code null} for weight 1 each
     */
    static GroupTally[] run(SortedLabel label, int[] groupOf, int groups, double threshold, int[] weights) {
        int[] order = label.order();
        boolean[] truth = label.sortedTruth();
        int[] blockStart = label.blockStart();
        double[] blockScore = label.blockScore();

        long[] blockPos = new long[groups];
        long[] blockNeg = new long[groups];
        long[] posSeen = new long[groups];
        long[] negSeen = new long[groups];
        long[] twiceAuc = new long[groups];
        double[] prSum = new double[groups];
        double[] sqErr = new double[groups];
        double[] binScore = new double[groups * ECE_BINS];
        long[] binPositives = new long[groups * ECE_BINS];
        long[] tp = null;
        long[] fp = null;
        int[] touched = new int[groups];

        int blocks = blockScore.length;
        for (int b = 0; b < blocks; b++) {
            double s = blockScore[b];
            if (tp == null && s < threshold) {
                tp = posSeen.clone();
                fp = negSeen.clone();
            }
            int touchedCount = 0;
            for (int i = blockStart[b], end = blockStart[b + 1]; i < end; i++) {
                int row = order[i];
                int g = groupOf == null ? 0 : groupOf[row];
                if (g < 0) {
                    continue;
                }
                long w = weights == null ? 1 : weights[row];
                if (w == 0) {
                    continue;
                }
                if (blockPos[g] == 0 && blockNeg[g] == 0) {
                    touched[touchedCount++] = g;
                }
                if (truth[i]) {
                    blockPos[g] += w;
                } else {
                    blockNeg[g] += w;
                }
            }
            if (touchedCount == 0) {
                continue;
            }
            double errorIfPositive = (s - 1) * (s - 1);
            double errorIfNegative = s * s;
            int bin = eceBin(s);
            for (int t = 0; t < touchedCount; t++) {
                int g = touched[t];
                long pos = blockPos[g];
                long neg = blockNeg[g];
                twiceAuc[g] += 2 * neg * posSeen[g] + pos * neg;
                long p = posSeen[g] += pos;
                long q = negSeen[g] += neg;
                if (pos > 0) {
                    prSum[g] += pos * ((double) p / (p + q));
                }
                sqErr[g] += pos * errorIfPositive + neg * errorIfNegative;
                binScore[g * ECE_BINS + bin] += s * (pos + neg);
                binPositives[g * ECE_BINS + bin] += pos;
                blockPos[g] = 0;
                blockNeg[g] = 0;
            }
        }
        if (tp == null) {
            tp = posSeen;
            fp = negSeen;
        }
        GroupTally[] tallies = new GroupTally[groups];
        for (int g = 0; g < groups; g++) {
            double calibration = 0;
            for (int bin = 0; bin < ECE_BINS; bin++) {
                calibration += Math.abs(binScore[g * ECE_BINS + bin] - binPositives[g * ECE_BINS + bin]);
            }
            tallies[g] = new GroupTally(posSeen[g], negSeen[g], tp[g], fp[g], twiceAuc[g], prSum[g], sqErr[g], calibration);
        }
        return tallies;
    }

    /** ECE bin of a score: {@code min(floor(score * 10), 9)}, and bin 0 for (invalid) negative scores. */
    static int eceBin(double score) {
        int bin = (int) Math.floor(score * ECE_BINS);
        return Math.max(0, Math.min(bin, ECE_BINS - 1));
    }
}

package dev.fairness.metrics;

/**
 * One pass over a {@link SortedLabel} that tallies every group of every grouping at once.
 *
 * <p>Rows are visited in descending score order, tie block by tie block, and each row updates the running
 * counters of the overall line and of each group it belongs to (one per grouping; all groups of all
 * groupings live in flat arrays, indexed by a group id). The rows' groups and weights are first gathered
 * into sorted order ({@link PackedGroups}), so the pass itself reads memory sequentially:
 * <ul>
 *   <li>ROC AUC: a negative is outranked by every positive of its group already seen (all with higher
 *       scores); ties inside a block count one half: per block {@code 2*neg*posSeen + pos*neg}, in a long;</li>
 *   <li>average precision: scikit-learn's step sum, where at each distinct score recall grows by
 *       {@code pos/P} and is multiplied by the precision at that score;</li>
 *   <li>Brier and ECE: additive per row, with the block's score;</li>
 *   <li>threshold counts: the rows with {@code score >= threshold} are a prefix of the order, so the
 *       running positives/negatives when the first block below the threshold starts are TP and FP.</li>
 * </ul>
 * A block of one row (the usual case for continuous scores) updates its groups directly. A larger block
 * first gathers per-group block counts and a short list of the groups it touched, then updates only those.
 * The cost is O(rows x groupings), with no per-group sorting and no per-group scan of all blocks.
 */
final class MetricsPass {
    /** Number of equal-width ECE bins on [0, 1]. */
    static final int ECE_BINS = 10;

    private final long[] posSeen;
    private final long[] negSeen;
    private final long[] twiceAuc;
    private final double[] prSum;
    private final double[] sqErr;
    private final double[] binScore;
    private final long[] binPositives;
    private final long[] blockPos;
    private final long[] blockNeg;
    private final int[] touched;

    private MetricsPass(int groups) {
        posSeen = new long[groups];
        negSeen = new long[groups];
        twiceAuc = new long[groups];
        prSum = new double[groups];
        sqErr = new double[groups];
        binScore = new double[groups * ECE_BINS];
        binPositives = new long[groups * ECE_BINS];
        blockPos = new long[groups];
        blockNeg = new long[groups];
        touched = new int[groups];
    }

    /**
     * Tallies the overall line and each group of each grouping.
     *
     * @param label       the sorted label
     * @param groupOfs    per grouping: group index per row ({@code -1} = in no group)
     * @param groupCounts per grouping: number of groups
     * @param threshold   predicted positive iff {@code score >= threshold}
     * @param weights     per-row non-negative integer weights, or {@code null} for weight 1 each
     * @return {@code tallies[0][0]} for all rows, {@code tallies[1 + grouping][group]} for the groups
     */
    static GroupTally[][] run(SortedLabel label, int[][] groupOfs, int[] groupCounts, double threshold, int[] weights) {
        PassLayout layout = PassLayout.of(label, groupOfs, groupCounts);
        return run(layout, threshold, weights == null ? null : layout.sortedWeights(weights));
    }

    /**
     * Tallies a prepared label; what a bootstrap replicate calls.
     *
     * @param sortedWeights weight per <em>sorted position</em>, or {@code null} for weight 1 each
     */
    static GroupTally[][] run(PassLayout layout, double threshold, int[] sortedWeights) {
        MetricsPass pass = new MetricsPass(layout.ids());
        long[][] thresholdCounts = pass.scan(layout, threshold, sortedWeights);
        int groupings = layout.groupings();
        GroupTally[][] tallies = new GroupTally[groupings + 1][];
        tallies[0] = new GroupTally[] {pass.tally(0, thresholdCounts[0], thresholdCounts[1])};
        for (int k = 0; k < groupings; k++) {
            tallies[k + 1] = new GroupTally[layout.groupCount(k)];
            for (int g = 0; g < layout.groupCount(k); g++) {
                tallies[k + 1][g] = pass.tally(layout.offset(k) + g, thresholdCounts[0], thresholdCounts[1]);
            }
        }
        return tallies;
    }

    /** Runs the pass; returns {positives seen, negatives seen} at the threshold, i.e. {TP, FP} per group id. */
    private long[][] scan(PassLayout layout, double threshold, int[] sortedWeights) {
        SortedLabel label = layout.label();
        boolean[] truth = label.sortedTruth();
        double[] scores = label.sortedScores();
        int n = label.size();
        int[] ids = new int[layout.groupings() + 1];
        long[] tp = null;
        long[] fp = null;
        int i = 0;
        while (i < n) {
            double s = scores[i];
            int end = i + 1;
            while (end < n && scores[end] == s) {
                end++;
            }
            if (tp == null && s < threshold) {
                tp = posSeen.clone();
                fp = negSeen.clone();
            }
            double errorIfPositive = (s - 1) * (s - 1);
            double errorIfNegative = s * s;
            int bin = eceBin(s);
            if (end == i + 1) {
                long w = sortedWeights == null ? 1 : sortedWeights[i];
                if (w != 0) {
                    boolean positive = truth[i];
                    int count = layout.groupsOf(i, ids);
                    for (int t = 0; t < count; t++) {
                        int id = ids[t];
                        int cell = id * ECE_BINS + bin;
                        binScore[cell] += s * w;
                        if (positive) {
                            long p = posSeen[id] += w;
                            prSum[id] += w * ((double) p / (p + negSeen[id]));
                            sqErr[id] += w * errorIfPositive;
                            binPositives[cell] += w;
                        } else {
                            twiceAuc[id] += 2 * w * posSeen[id];
                            negSeen[id] += w;
                            sqErr[id] += w * errorIfNegative;
                        }
                    }
                }
            } else {
                int touchedCount = 0;
                for (int j = i; j < end; j++) {
                    long w = sortedWeights == null ? 1 : sortedWeights[j];
                    if (w == 0) {
                        continue;
                    }
                    boolean positive = truth[j];
                    int count = layout.groupsOf(j, ids);
                    for (int t = 0; t < count; t++) {
                        int id = ids[t];
                        if (blockPos[id] == 0 && blockNeg[id] == 0) {
                            touched[touchedCount++] = id;
                        }
                        if (positive) {
                            blockPos[id] += w;
                        } else {
                            blockNeg[id] += w;
                        }
                    }
                }
                for (int t = 0; t < touchedCount; t++) {
                    int id = touched[t];
                    long pos = blockPos[id];
                    long neg = blockNeg[id];
                    twiceAuc[id] += 2 * neg * posSeen[id] + pos * neg;
                    long p = posSeen[id] += pos;
                    long q = negSeen[id] += neg;
                    if (pos > 0) {
                        prSum[id] += pos * ((double) p / (p + q));
                    }
                    sqErr[id] += pos * errorIfPositive + neg * errorIfNegative;
                    binScore[id * ECE_BINS + bin] += s * (pos + neg);
                    binPositives[id * ECE_BINS + bin] += pos;
                    blockPos[id] = 0;
                    blockNeg[id] = 0;
                }
            }
            i = end;
        }
        return tp == null ? new long[][] {posSeen, negSeen} : new long[][] {tp, fp};
    }

    private GroupTally tally(int id, long[] tp, long[] fp) {
        double calibration = 0;
        for (int bin = 0; bin < ECE_BINS; bin++) {
            calibration += Math.abs(binScore[id * ECE_BINS + bin] - binPositives[id * ECE_BINS + bin]);
        }
        return new GroupTally(posSeen[id], negSeen[id], tp[id], fp[id], twiceAuc[id], prSum[id], sqErr[id], calibration);
    }

    /** ECE bin of a score: {@code min(floor(score * 10), 9)}, and bin 0 for (invalid) negative scores. */
    static int eceBin(double score) {
        int bin = (int) Math.floor(score * ECE_BINS);
        return Math.max(0, Math.min(bin, ECE_BINS - 1));
    }
}

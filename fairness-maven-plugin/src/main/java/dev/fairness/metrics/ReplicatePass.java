package dev.fairness.metrics;

/**
 * The pass of a bootstrap replicate: one group's block of {@link GroupBlocks#withSlotLayout()}, read as two
 * sequential streams, its negatives and its positives, each in score order, with every row's weight (its draw
 * count) by slot, given or drawn chunk by chunk as the pass goes ({@link SlotWeights}). Nothing depends on how the two classes interleave, so no branch can mispredict on it:
 * <ul>
 *   <li>the negatives' pass keeps a running sum of their weights per slot, and the Brier and per-bin score sums;</li>
 *   <li>the positives' pass reads, for each positive, the negatives above it and the negatives at least as high
 *       (counts fixed by the data, kept by {@link GroupBlocks}) off those running sums: ROC AUC counts
 *       {@code 2 x below + 1 x tied} negatives per positive, average precision takes the precision at the end of
 *       the positive's tie block; then its Brier and per-bin sums;</li>
 *   <li>the counts at the threshold and per ECE bin are running sums read where the (descending) scores cross
 *       the threshold or a bin edge.</li>
 * </ul>
 * The definitions are those of {@link PointEstimatePass}, which computes the point estimates; the bootstrap tests
 * check that both agree on every replicate. Not thread-safe: one instance per thread, reused.
 */
final class ReplicatePass {
    private int[] negativeSums = new int[0];
    // the class-separated sums of the last pass, for resampling with random class counts (ClassSplit)
    private final ClassSums classSums = new ClassSums();
    private final double[] binScore = classSums.binScore;
    private final long[] binPositives = classSums.binPositives;
    private final double[] negativeBinScore = classSums.negativeBinScore;

    private final SlotWeights given = new SlotWeights();

    /** Tallies block {@code b}; {@code weights} by slot. */
    GroupTally tally(GroupBlocks blocks, int b, int[] weights, double threshold) {
        return tally(blocks, b, given.given(weights), threshold, 1);
    }

    /** The five-argument tally with weights given by slot. */
    GroupTally tally(GroupBlocks blocks, int b, int[] weights, double threshold, double negativeScale) {
        return tally(blocks, b, given.given(weights), threshold, negativeScale);
    }

    /**
     * Tallies block {@code b} with the precision sum taken with every negative's weight multiplied by
     * {@code negativeScale} (also {@link #scaledPrecisionSum()}): with a scale other than 1 the tally's average
     * precision is not the class-stratified one, and {@link ClassSplit#store} replaces it, which is all the
     * bootstrap reads.
     */
    GroupTally tally(GroupBlocks blocks, int b, SlotWeights weights, double threshold, double negativeScale) {
        double[] scores = blocks.slotScores();
        int n0 = blocks.start(b);
        int n1 = n0 + blocks.negatives(b);
        int p1 = blocks.end(b);
        if (negativeSums.length < n1 - n0 + 1) {
            negativeSums = new int[Math.max(n1 - n0 + 1, 2 * negativeSums.length)];
        }
        classSums.clear();
        int[] sums = negativeSums;

        weights.stratum(n0, n1);
        // negatives: running weight sums (sums[j] = weight of the first j negatives), Brier, score per bin
        double squaredError = 0;
        int total = 0;
        int j = n0;
        while (j < n1) {
            int bin = PointEstimatePass.eceBin(scores[j]);
            int end = firstBelowBin(scores, j, n1, bin);
            // two sums each for odd and even rows: two independent chains of additions run at once
            double scoreSum = 0;
            double squares = 0;
            double oddScoreSum = 0;
            double oddSquares = 0;
            while (j < end) {
                if (j >= weights.end()) {
                    weights.next();
                }
                int[] buffer = weights.buffer();
                int offset = weights.offset();
                int limit = Math.min(end, weights.end());
                for (; j + 1 < limit; j += 2) {
                    int w = buffer[j - offset];
                    int v = buffer[j + 1 - offset];
                    double s = scores[j];
                    double t = scores[j + 1];
                    total += w;
                    sums[j - n0 + 1] = total;
                    total += v;
                    sums[j - n0 + 2] = total;
                    scoreSum += w * s;
                    squares += w * (s * s);
                    oddScoreSum += v * t;
                    oddSquares += v * (t * t);
                }
                if (j < limit) {
                    int w = buffer[j - offset];
                    double s = scores[j];
                    total += w;
                    sums[j - n0 + 1] = total;
                    scoreSum += w * s;
                    squares += w * (s * s);
                    j++;
                }
            }
            scoreSum += oddScoreSum;
            binScore[bin] += scoreSum;
            negativeBinScore[bin] += scoreSum;
            squaredError += squares + oddSquares;
        }
        classSums.negativeSquaredError = squaredError;
        sums[0] = 0;
        long negatives = total;
        long falsePositives = sums[firstBelow(scores, n0, n1, threshold) - n0];

        // positives, tie block by tie block
        weights.stratum(n1, p1);
        int[] above = blocks.negativesAbove();
        int[] through = blocks.negativesThrough();
        int split = firstBelow(scores, n1, p1, threshold);
        long positives = 0;
        long truePositives = -1;
        long twiceAuc = 0;
        double precisionSum = 0;
        int k = n1;
        while (k < p1) { // ECE bin by ECE bin (a tie block never spans two bins), then tie block by tie block
            int bin = PointEstimatePass.eceBin(scores[k]);
            int binEnd = firstBelowBin(scores, k, p1, bin);
            double binScoreSum = 0;
            long binCount = 0;
            while (k < binEnd) {
                if (k >= split && truePositives < 0) {
                    truePositives = positives;
                }
                double s = scores[k];
                int end = k + 1;
                while (end < binEnd && scores[end] == s) {
                    end++;
                }
                long w = 0;
                for (int t = k; t < end; t++) {
                    if (t >= weights.end()) {
                        weights.next();
                    }
                    w += weights.buffer()[t - weights.offset()];
                }
                positives += w;
                long negativesThrough = sums[through[k]];
                long negativesAbove = sums[above[k]];
                twiceAuc += w * (2 * (negatives - negativesThrough) + (negativesThrough - negativesAbove));
                // one division, with no branch on w (zero in about a third of the blocks, at random): a block
                // drawn 0 times adds exactly 0; with negativeScale 1 this is exactly the unscaled precision
                double drawnThrough = positives + negativeScale * negativesThrough;
                precisionSum += w * (positives / (drawnThrough == 0 ? 1 : drawnThrough));
                squaredError += w * ((s - 1) * (s - 1));
                binScoreSum += w * s;
                binCount += w;
                k = end;
            }
            binScore[bin] += binScoreSum;
            binPositives[bin] += binCount;
        }
        if (truePositives < 0) {
            truePositives = positives;
        }
        classSums.scaledPrecisionSum = precisionSum;
        return new GroupTally(positives, negatives, truePositives, falsePositives, twiceAuc, precisionSum,
                squaredError, classSums.calibration());
    }

    /** The class-separated sums of the last pass. */
    ClassSums classSums() {
        return classSums;
    }

    /** First index in {@code [from, to)} whose score (descending) is below the threshold. */
    static int firstBelow(double[] scores, int from, int to, double threshold) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (scores[mid] >= threshold) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index in {@code [from, to)} whose score (descending) falls in a lower ECE bin than {@code bin}. */
    static int firstBelowBin(double[] scores, int from, int to, int bin) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (PointEstimatePass.eceBin(scores[mid]) >= bin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

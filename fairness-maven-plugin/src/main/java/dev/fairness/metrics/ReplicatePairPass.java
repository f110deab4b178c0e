package dev.fairness.metrics;

/**
 * {@link ReplicatePass} for two replicates of the same block at once: one sweep over the block's slots reads each
 * score, its square and the positives' tie blocks and negative counts once for both replicates, and keeps two
 * independent sets of running sums. The arithmetic of each replicate, every floating-point addition in its order
 * included, is that of {@link ReplicatePass#tally(GroupBlocks, int, SlotWeights, double, double)} (the two
 * replicates' weights are drawn in chunks with the same boundaries), so each tally and {@link ClassSums} is
 * bit-identical to the single pass's; {@code BootstrapTest} checks it replicate by replicate. Why: the scores are
 * the same in every replicate and the sweep is bound by reading them and by its chains of additions; two replicates
 * per sweep halve the reads and give the processor twice as many independent chains.
 * Not thread-safe: one instance per thread, reused.
 */
final class ReplicatePairPass {
    /** Per negative slot, both replicates' running weight sums, interleaved: {@code [2 i]} the first's. */
    private int[] negativeSums = new int[0];
    private final ClassSums firstSums = new ClassSums();
    private final ClassSums secondSums = new ClassSums();
    private GroupTally first;
    private GroupTally second;

    /**
     * Tallies block {@code b} for two replicates with the weights {@code a} and {@code c} (drawing chunk by chunk
     * from their own generators) and their negative scales ({@link ReplicatePass}'s five-argument tally).
     */
    void tally(GroupBlocks blocks, int b, SlotWeights a, SlotWeights c, double threshold, double scaleA,
               double scaleC) {
        double[] scores = blocks.slotScores();
        int n0 = blocks.start(b);
        int n1 = n0 + blocks.negatives(b);
        int p1 = blocks.end(b);
        if (negativeSums.length < 2 * (n1 - n0 + 1)) {
            negativeSums = new int[Math.max(2 * (n1 - n0 + 1), 2 * negativeSums.length)];
        }
        firstSums.clear();
        secondSums.clear();
        int[] sums = negativeSums;

        a.stratum(n0, n1);
        c.stratum(n0, n1);
        double squaredErrorA = 0;
        double squaredErrorC = 0;
        int totalA = 0;
        int totalC = 0;
        int j = n0;
        while (j < n1) {
            int bin = PointEstimatePass.eceBin(scores[j]);
            int end = ReplicatePass.firstBelowBin(scores, j, n1, bin);
            double scoreSumA = 0;
            double squaresA = 0;
            double oddScoreSumA = 0;
            double oddSquaresA = 0;
            double scoreSumC = 0;
            double squaresC = 0;
            double oddScoreSumC = 0;
            double oddSquaresC = 0;
            while (j < end) {
                if (j >= a.end()) { // both draw chunks of the same slots
                    a.next();
                    c.next();
                }
                int[] bufferA = a.buffer();
                int[] bufferC = c.buffer();
                int offset = a.offset();
                int limit = Math.min(end, a.end());
                for (; j + 1 < limit; j += 2) {
                    int i = j - offset;
                    int wA = bufferA[i];
                    int vA = bufferA[i + 1];
                    int wC = bufferC[i];
                    int vC = bufferC[i + 1];
                    double s = scores[j];
                    double t = scores[j + 1];
                    double ss = s * s;
                    double tt = t * t;
                    int at = 2 * (j - n0 + 1);
                    totalA += wA;
                    totalC += wC;
                    sums[at] = totalA;
                    sums[at + 1] = totalC;
                    totalA += vA;
                    totalC += vC;
                    sums[at + 2] = totalA;
                    sums[at + 3] = totalC;
                    scoreSumA += wA * s;
                    squaresA += wA * ss;
                    oddScoreSumA += vA * t;
                    oddSquaresA += vA * tt;
                    scoreSumC += wC * s;
                    squaresC += wC * ss;
                    oddScoreSumC += vC * t;
                    oddSquaresC += vC * tt;
                }
                if (j < limit) {
                    int i = j - offset;
                    int wA = bufferA[i];
                    int wC = bufferC[i];
                    double s = scores[j];
                    double ss = s * s;
                    int at = 2 * (j - n0 + 1);
                    totalA += wA;
                    totalC += wC;
                    sums[at] = totalA;
                    sums[at + 1] = totalC;
                    scoreSumA += wA * s;
                    squaresA += wA * ss;
                    scoreSumC += wC * s;
                    squaresC += wC * ss;
                    j++;
                }
            }
            scoreSumA += oddScoreSumA;
            firstSums.binScore[bin] += scoreSumA;
            firstSums.negativeBinScore[bin] += scoreSumA;
            squaredErrorA += squaresA + oddSquaresA;
            scoreSumC += oddScoreSumC;
            secondSums.binScore[bin] += scoreSumC;
            secondSums.negativeBinScore[bin] += scoreSumC;
            squaredErrorC += squaresC + oddSquaresC;
        }
        firstSums.negativeSquaredError = squaredErrorA;
        secondSums.negativeSquaredError = squaredErrorC;
        sums[0] = 0;
        sums[1] = 0;
        long negativesA = totalA;
        long negativesC = totalC;
        int thresholdAt = 2 * (ReplicatePass.firstBelow(scores, n0, n1, threshold) - n0);
        long falsePositivesA = sums[thresholdAt];
        long falsePositivesC = sums[thresholdAt + 1];

        a.stratum(n1, p1);
        c.stratum(n1, p1);
        int[] above = blocks.negativesAbove();
        int[] through = blocks.negativesThrough();
        int split = ReplicatePass.firstBelow(scores, n1, p1, threshold);
        long positivesA = 0;
        long positivesC = 0;
        long truePositivesA = -1;
        long truePositivesC = -1;
        long twiceAucA = 0;
        long twiceAucC = 0;
        double precisionSumA = 0;
        double precisionSumC = 0;
        int k = n1;
        while (k < p1) {
            int bin = PointEstimatePass.eceBin(scores[k]);
            int binEnd = ReplicatePass.firstBelowBin(scores, k, p1, bin);
            double binScoreSumA = 0;
            double binScoreSumC = 0;
            long binCountA = 0;
            long binCountC = 0;
            while (k < binEnd) {
                if (k >= split && truePositivesA < 0) {
                    truePositivesA = positivesA;
                    truePositivesC = positivesC;
                }
                double s = scores[k];
                int end = k + 1;
                while (end < binEnd && scores[end] == s) {
                    end++;
                }
                long wA = 0;
                long wC = 0;
                for (int t = k; t < end; t++) {
                    if (t >= a.end()) {
                        a.next();
                        c.next();
                    }
                    wA += a.buffer()[t - a.offset()];
                    wC += c.buffer()[t - c.offset()];
                }
                positivesA += wA;
                positivesC += wC;
                int throughAt = 2 * through[k];
                int aboveAt = 2 * above[k];
                long throughA = sums[throughAt];
                long throughC = sums[throughAt + 1];
                long aboveA = sums[aboveAt];
                long aboveC = sums[aboveAt + 1];
                twiceAucA += wA * (2 * (negativesA - throughA) + (throughA - aboveA));
                twiceAucC += wC * (2 * (negativesC - throughC) + (throughC - aboveC));
                double drawnThroughA = positivesA + scaleA * throughA;
                double drawnThroughC = positivesC + scaleC * throughC;
                precisionSumA += wA * (positivesA / (drawnThroughA == 0 ? 1 : drawnThroughA));
                precisionSumC += wC * (positivesC / (drawnThroughC == 0 ? 1 : drawnThroughC));
                double error = (s - 1) * (s - 1);
                squaredErrorA += wA * error;
                squaredErrorC += wC * error;
                binScoreSumA += wA * s;
                binScoreSumC += wC * s;
                binCountA += wA;
                binCountC += wC;
                k = end;
            }
            firstSums.binScore[bin] += binScoreSumA;
            firstSums.binPositives[bin] += binCountA;
            secondSums.binScore[bin] += binScoreSumC;
            secondSums.binPositives[bin] += binCountC;
        }
        if (truePositivesA < 0) {
            truePositivesA = positivesA;
            truePositivesC = positivesC;
        }
        firstSums.scaledPrecisionSum = precisionSumA;
        secondSums.scaledPrecisionSum = precisionSumC;
        first = new GroupTally(positivesA, negativesA, truePositivesA, falsePositivesA, twiceAucA, precisionSumA,
                squaredErrorA, firstSums.calibration());
        second = new GroupTally(positivesC, negativesC, truePositivesC, falsePositivesC, twiceAucC, precisionSumC,
                squaredErrorC, secondSums.calibration());
    }

    /** The first replicate's tally of the last {@link #tally}. */
    GroupTally first() {
        return first;
    }

    /** The second replicate's tally of the last {@link #tally}. */
    GroupTally second() {
        return second;
    }

    /** The first replicate's class-separated sums of the last {@link #tally}. */
    ClassSums firstSums() {
        return firstSums;
    }

    /** The second replicate's class-separated sums of the last {@link #tally}. */
    ClassSums secondSums() {
        return secondSums;
    }
}

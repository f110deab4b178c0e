package dev.fairness.metrics;

/**
 * The per-group pass the point estimates were computed with before {@link AllGroupsPass}: one group's block of
 * rows in descending score order (all rows, for the overall line), visited once with {@link PointEstimatePass}'s
 * definitions. Kept here as the reference that {@link AllGroupsPass} must match to the last bit.
 */
final class PerGroupPass {
    private PerGroupPass() {
    }

    /**
     * Tallies rows {@code index[from..to)} of arrays in score order, or rows {@code [from, to)} when {@code index}
     * is null: one pass without copying a group's scores first, for a single (point) estimate.
     *
     * @param index   ascending positions into {@code scores}/{@code truth}, or null
     * @param weights integer weight per position of {@code scores}, or null for 1 each
     */
    static GroupTally tally(double[] scores, boolean[] truth, int[] index, int[] weights, int from, int to,
                            double threshold) {
        return new Counters().tally(scores, truth, index, weights, from, to, threshold);
    }

    private interface ScorePredicate {
        boolean test(double score);
    }

    /** First index in {@code [from, to)} whose score meets a predicate that, scores descending, once true stays true. */
    private static int firstIndex(double[] scores, int[] index, int from, int to, ScorePredicate predicate) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (predicate.test(scores[at(index, mid)])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The running counters of one block. */
    private static final class Counters {
        long pos;
        long neg;
        long twiceAuc;
        double prSum;
        double sqErr;
        long tp = -1;
        long fp = -1;
        double binScore;
        long binPositivesStart;
        double calibration;

        /** Runs a block bin by bin, split at the threshold; returns its tally. */
        GroupTally tally(double[] scores, boolean[] truth, int[] index, int[] weights, int from, int to,
                         double threshold) {
            int split = firstIndex(scores, index, from, to, s -> s < threshold);
            int i = from;
            while (i < to) {
                int bin = PointEstimatePass.eceBin(scores[at(index, i)]);
                int binEnd = firstIndex(scores, index, i, to, s -> PointEstimatePass.eceBin(s) < bin);
                if (i < split && split < binEnd) {
                    run(scores, truth, index, weights, i, split);
                    snapThreshold();
                    run(scores, truth, index, weights, split, binEnd);
                } else {
                    if (i == split) {
                        snapThreshold();
                    }
                    run(scores, truth, index, weights, i, binEnd);
                }
                closeBin();
                i = binEnd;
            }
            if (split == to) {
                snapThreshold();
            }
            return tally();
        }

        void snapThreshold() {
            tp = pos;
            fp = neg;
        }

        void closeBin() {
            calibration += Math.abs(binScore - (pos - binPositivesStart));
            binScore = 0;
            binPositivesStart = pos;
        }

        /**
         * Rows {@code [from, to)}, all in one ECE bin and on one side of the threshold; row {@code i} is at position
         * {@code index[i]}, or at {@code i} when {@code index} is null.
         */
        void run(double[] scores, boolean[] truth, int[] index, int[] weights, int from, int to) {
            long pos = this.pos;
            long neg = this.neg;
            long auc = this.twiceAuc;
            double pr = this.prSum;
            double sq = this.sqErr;
            double sum = this.binScore;
            for (int i = from; i < to; i++) {
                int p = at(index, i);
                double s = scores[p];
                if (i + 1 < to && scores[at(index, i + 1)] == s) {
                    long blockPos = 0;
                    long blockNeg = 0;
                    int end = i;
                    while (end < to && scores[at(index, end)] == s) {
                        int q = at(index, end);
                        long w = weights == null ? 1 : weights[q];
                        if (truth[q]) {
                            blockPos += w;
                        } else {
                            blockNeg += w;
                        }
                        end++;
                    }
                    auc += 2 * blockNeg * pos + blockPos * blockNeg;
                    pos += blockPos;
                    neg += blockNeg;
                    if (blockPos > 0) {
                        pr += blockPos * ((double) pos / (pos + neg));
                    }
                    sq += blockPos * ((s - 1) * (s - 1)) + blockNeg * (s * s);
                    sum += s * (blockPos + blockNeg);
                    i = end - 1;
                    continue;
                }
                long w = weights == null ? 1 : weights[p];
                if (truth[p]) {
                    pos += w;
                    pr += w * ((double) pos / Math.max(pos + neg, 1));
                    sq += w * ((s - 1) * (s - 1));
                } else {
                    auc += 2 * w * pos;
                    neg += w;
                    sq += w * (s * s);
                }
                sum += w * s;
            }
            this.pos = pos;
            this.neg = neg;
            this.twiceAuc = auc;
            this.prSum = pr;
            this.sqErr = sq;
            this.binScore = sum;
        }

        GroupTally tally() {
            return new GroupTally(pos, neg, tp, fp, twiceAuc, prSum, sqErr, calibration);
        }
    }

    /** Position of block index {@code i}: {@code index[i]}, or {@code i} itself when there is no index. */
    private static int at(int[] index, int i) {
        return index == null ? i : index[i];
    }

}

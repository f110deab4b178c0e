package dev.fairness.metrics;

/**
 * The point estimates of the overall line and of every group of every grouping in one pass over a label's sorted
 * rows: each row adds to the counters of each of its groups ({@link RowGroups}). The definitions and the order
 * of every floating-point addition are those of {@link PointEstimatePass} run on each group's block: a group's
 * rows in score order are the label's sorted rows restricted to the group, a group's tie block is its part of
 * the label's tie block, and the threshold and the ECE bins cut the label between tie blocks, so they cut every
 * group at the same place. A bin a group has no row in adds exactly {@code 0.0} to its calibration sum. So every
 * value is bit-identical to a pass per group, without visiting the rows once per grouping.
 */
final class AllGroupsPass {
    /** Rows per call of {@link #addBlocks}: few enough that it is compiled as a method before its loop is. */
    private static final int CHUNK = 48;
    private final long[] pos;
    private final long[] neg;
    private final long[] twiceAuc;
    private final double[] prSum;
    private final double[] sqErr;
    private final long[] tp;
    private final long[] fp;
    private final double[] binScore;
    private final long[] binPositivesStart;
    private final long[] binNegativesStart;
    private final double[] calibration;
    /** Per {@code id * ECE_BINS + bin}: the bin's rows, positives and score sum, as {@link #closeBin} found them. */
    private final long[] binRows;
    private final long[] binPositives;
    private final double[] binScores;
    /** Per id, the current tie block's weighted positives and negatives, and the ids it touched. */
    private final long[] blockPos;
    private final long[] blockNeg;
    private final int[] touched;
    private int touchedCount;
    private final int[] ids;
    /** The label's rows in score order, their groups' codes ({@link RowGroups#inOrder}), weights or null. */
    private final SortedLabel label;
    private final double[] scores;
    private final boolean[] truth;
    private final int[] codes;
    private final RowGroups groups;
    private final int[] weights;
    private final double threshold;
    /** Whether the rows at or above the threshold are counted ({@link #tp}, {@link #fp}); the open ECE bin. */
    private boolean snapped;
    private int bin = -1;

    private AllGroupsPass(SortedLabel label, RowGroups groups, int[] weights, double threshold) {
        int idCount = groups.idCount();
        pos = new long[idCount];
        neg = new long[idCount];
        twiceAuc = new long[idCount];
        prSum = new double[idCount];
        sqErr = new double[idCount];
        tp = new long[idCount];
        fp = new long[idCount];
        binScore = new double[idCount];
        binPositivesStart = new long[idCount];
        binNegativesStart = new long[idCount];
        calibration = new double[idCount];
        binRows = new long[idCount * PointEstimatePass.ECE_BINS];
        binPositives = new long[idCount * PointEstimatePass.ECE_BINS];
        binScores = new double[idCount * PointEstimatePass.ECE_BINS];
        blockPos = new long[idCount];
        blockNeg = new long[idCount];
        touched = new int[idCount];
        ids = new int[groups.maxIdsPerRow()];
        this.label = label;
        this.scores = label.sortedScores();
        this.truth = label.sortedTruth();
        this.codes = groups.inOrder(label.order());
        this.groups = groups;
        this.weights = weights;
        this.threshold = threshold;
    }

    /**
     * The tally of every id of {@code groups} (index = id) at {@code threshold}.
     *
     * @param sortedWeights integer weight per sorted position, or null for 1 each
     */
    static GroupTally[] tally(SortedLabel label, RowGroups groups, int[] sortedWeights, double threshold) {
        return over(label, groups, sortedWeights, threshold).tallies();
    }

    /** The pass over the label's rows, run: its {@link #tallies} and, unweighted, its {@link #sortedGroups}. */
    static AllGroupsPass over(SortedLabel label, RowGroups groups, int[] sortedWeights, double threshold) {
        AllGroupsPass pass = new AllGroupsPass(label, groups, sortedWeights, threshold);
        pass.run();
        return pass;
    }

    /** The tally of every id (index = id). */
    GroupTally[] tallies() {
        GroupTally[] tallies = new GroupTally[pos.length];
        for (int id = 0; id < tallies.length; id++) {
            tallies[id] = tallyOf(id);
        }
        return tallies;
    }

    /** The rows in score order with their groups and what this pass counted per group and ECE bin. */
    SortedGroups sortedGroups() {
        long[] positives = pos.clone();
        long[] rows = new long[pos.length];
        for (int id = 0; id < rows.length; id++) {
            rows[id] = pos[id] + neg[id];
        }
        return new SortedGroups(label, groups, codes, rows, positives, binRows, binPositives, binScores);
    }

    /**
     * Rows a few dozen at a time: the JVM starts cold, and a short method called often is compiled once, early,
     * where a loop over a million rows would be compiled twice (on-stack while it runs, then again as a method).
     */
    private void run() {
        int n = scores.length;
        int i = 0;
        while (i < n) {
            i = addBlocks(i, Math.min(n, i + CHUNK));
        }
        if (!snapped) {
            snapThreshold();
        }
        if (bin >= 0) {
            closeBin();
        }
    }

    /** The tie blocks that start in {@code [from, limit)}; returns where the last one ends. */
    private int addBlocks(int from, int limit) {
        int n = scores.length;
        int i = from;
        while (i < limit) {
            double s = scores[i];
            if (!snapped && s < threshold) {
                snapThreshold();
                snapped = true;
            }
            int rowBin = PointEstimatePass.eceBin(s);
            if (rowBin != bin) {
                if (bin >= 0) {
                    closeBin();
                }
                bin = rowBin;
            }
            if (i + 1 == n || scores[i + 1] != s) {
                addRow(groups.idsOf(codes[i], ids), truth[i], weights == null ? 1 : weights[i], s);
                i++;
            } else {
                i = addTieBlock(i);
            }
        }
        return i;
    }

    /** One row that ties with no other: its groups' counters directly. Small, so that it compiles early. */
    private void addRow(int count, boolean positive, long w, double s) {
        long bp = positive ? w : 0;
        long bn = positive ? 0 : w;
        double sqPositive = (s - 1) * (s - 1);
        double sqNegative = s * s;
        for (int k = 0; k < count; k++) {
            add(ids[k], bp, bn, s, sqPositive, sqNegative);
        }
    }

    /** Rows {@code from...} with the score of row {@code from}: per id first, then added; returns the block's end. */
    private int addTieBlock(int from) {
        double s = scores[from];
        int end = from;
        while (end < scores.length && scores[end] == s) {
            int count = groups.idsOf(codes[end], ids);
            long w = weights == null ? 1 : weights[end];
            long wp = truth[end] ? w : 0;
            long wn = w - wp;
            for (int k = 0; k < count; k++) {
                int id = ids[k];
                if (w > 0 && (blockPos[id] | blockNeg[id]) == 0) { // a row of weight 0 adds nothing
                    touched[touchedCount++] = id;
                }
                blockPos[id] += wp;
                blockNeg[id] += wn;
            }
            end++;
        }
        double sqPositive = (s - 1) * (s - 1);
        double sqNegative = s * s;
        for (int t = 0; t < touchedCount; t++) {
            int id = touched[t];
            add(id, blockPos[id], blockNeg[id], s, sqPositive, sqNegative);
            blockPos[id] = 0;
            blockNeg[id] = 0;
        }
        touchedCount = 0;
        return end;
    }

    /** A tie block's part in one group: {@link PointEstimatePass}'s formulas, in its order. */
    private void add(int id, long bp, long bn, double s, double sqPositive, double sqNegative) {
        long p = pos[id];
        twiceAuc[id] += 2 * bn * p + bp * bn;
        p += bp;
        long q = neg[id] + bn;
        pos[id] = p;
        neg[id] = q;
        if (bp > 0) {
            prSum[id] += bp * ((double) p / (p + q));
        }
        sqErr[id] += bp * sqPositive + bn * sqNegative;
        binScore[id] += s * (bp + bn);
    }

    private void snapThreshold() {
        System.arraycopy(pos, 0, tp, 0, pos.length);
        System.arraycopy(neg, 0, fp, 0, neg.length);
    }

    /** Adds the bin to the ECE's sum and keeps its counts for the reliability curves ({@link SortedGroups}). */
    private void closeBin() {
        for (int id = 0; id < pos.length; id++) {
            long binPos = pos[id] - binPositivesStart[id];
            calibration[id] += Math.abs(binScore[id] - binPos);
            int cell = id * PointEstimatePass.ECE_BINS + bin;
            binRows[cell] = binPos + neg[id] - binNegativesStart[id];
            binPositives[cell] = binPos;
            binScores[cell] = binScore[id];
            binScore[id] = 0;
            binPositivesStart[id] = pos[id];
            binNegativesStart[id] = neg[id];
        }
    }

    private GroupTally tallyOf(int id) {
        return new GroupTally(pos[id], neg[id], tp[id], fp[id], twiceAuc[id], prSum[id], sqErr[id], calibration[id]);
    }
}

package dev.fairness.metrics;

import java.util.List;

/**
 * One grouping of one label: the label's score order regrouped group by group, each group's rows still in
 * descending score order, rows in no group last. Every group is then one contiguous block that a pass reads with
 * its counters in locals, and one block is all a group's metrics need. Built from the label's one sort by a
 * stable counting sort on the group (no score comparison), for every grouping at once with one random gather:
 * all groupings' group indices are first packed into one int per row, in row order, then gathered into score
 * order and unpacked.
 *
 * <p>For passes run again and again (bootstrap replicates), {@link #withCopies()} copies scores and true labels
 * into block order, so that they read memory sequentially, and lays out weights per block by class: a block's
 * negatives in score order, then its positives. A stratum (group x class) is then one contiguous run of weight
 * slots that a replicate's draws count into directly, and the pass reads the two classes' weights as two
 * sequential streams, picking by the row's class. Immutable.
 */
final class GroupBlocks {
    private final int[] positions;
    private final double[] scores;
    private final boolean[] truth;
    private final int[] starts;
    private final SortedLabel label;
    private final int[] tieStarts;
    private final int[] tieEnds;
    private final int[] negatives;
    private final int[] slotPositions;
    private final int[] slotOfPosition;

    private GroupBlocks(SortedLabel label, int[] positions, double[] scores, boolean[] truth, int[] starts) {
        this.label = label;
        int[][] ties = scores == null ? null : tieBlocks(tiedFlags(scores, starts), scores);
        this.tieStarts = ties == null ? null : ties[0];
        this.tieEnds = ties == null ? null : ties[1];
        this.negatives = scores == null ? null : negatives(truth, starts);
        this.slotPositions = scores == null ? null : slotPositions(positions, truth, starts, negatives);
        this.slotOfPosition = scores == null ? null : inverse(slotPositions);
        this.positions = positions;
        this.scores = scores;
        this.truth = truth;
        this.starts = starts;
    }

    /** The blocks of every grouping of a label. */
    static GroupBlocks[] of(SortedLabel label, List<int[]> groupOfs, int[] groupCounts) {
        int n = label.size();
        int[][] sortedGroups = sortedGroups(label.order(), groupOfs, groupCounts);
        GroupBlocks[] blocks = new GroupBlocks[groupOfs.size()];
        for (int k = 0; k < blocks.length; k++) {
            blocks[k] = of(label, sortedGroups[k], groupCounts[k], n);
        }
        return blocks;
    }

    /** The whole label as one block in score order: what the overall line reads. */
    static GroupBlocks overall(SortedLabel label) {
        int n = label.size();
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        return new GroupBlocks(label, positions, label.sortedScores(), label.sortedTruth(), new int[] {0, n});
    }

    private static GroupBlocks of(SortedLabel label, int[] sortedGroup, int groupCount, int n) {
        int[] starts = new int[groupCount + 2]; // block groupCount: rows in no group
        for (int i = 0; i < n; i++) {
            int g = sortedGroup[i];
            starts[(g < 0 ? groupCount : g) + 1]++;
        }
        for (int b = 0; b <= groupCount; b++) {
            starts[b + 1] += starts[b];
        }
        int[] fill = java.util.Arrays.copyOf(starts, groupCount + 1);
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            int g = sortedGroup[i];
            positions[fill[g < 0 ? groupCount : g]++] = i;
        }
        return new GroupBlocks(label, positions, null, null, starts);
    }

    /**
     * The same blocks with the scores and true labels copied into block order, for passes run again and again
     * (bootstrap replicates) to read memory sequentially; without, a single pass reads through {@link #positions()}.
     */
    GroupBlocks withCopies() {
        if (scores != null) {
            return this;
        }
        int n = positions.length;
        double[] sortedScores = label.sortedScores();
        boolean[] sortedTruth = label.sortedTruth();
        double[] copiedScores = new double[n];
        boolean[] copiedTruth = new boolean[n];
        for (int i = 0; i < n; i++) {
            copiedScores[i] = sortedScores[positions[i]];
            copiedTruth[i] = sortedTruth[positions[i]];
        }
        return new GroupBlocks(label, positions, copiedScores, copiedTruth, starts);
    }

    /** Each grouping's group per sorted position: packed per row when the groups fit into 32 bits, one gather. */
    private static int[][] sortedGroups(int[] order, List<int[]> groupOfs, int[] groupCounts) {
        int n = order.length;
        int k = groupOfs.size();
        int[] bits = new int[k];
        int total = 0;
        for (int i = 0; i < k; i++) {
            bits[i] = Integer.SIZE - Integer.numberOfLeadingZeros(groupCounts[i]); // holds group + 1 in 0..count
            total += bits[i];
        }
        int[][] sorted = new int[k][n];
        if (total > Integer.SIZE - 1) {
            for (int g = 0; g < k; g++) {
                int[] groupOf = groupOfs.get(g);
                for (int i = 0; i < n; i++) {
                    sorted[g][i] = groupOf[order[i]];
                }
            }
            return sorted;
        }
        int[] packed = new int[n];
        int shift = 0;
        for (int g = 0; g < k; g++) {
            int[] groupOf = groupOfs.get(g);
            for (int row = 0; row < n; row++) {
                packed[row] |= (groupOf[row] + 1) << shift;
            }
            shift += bits[g];
        }
        for (int i = 0; i < n; i++) {
            int code = packed[order[i]];
            int s = 0;
            for (int g = 0; g < k; g++) {
                sorted[g][i] = ((code >>> s) & ((1 << bits[g]) - 1)) - 1;
                s += bits[g];
            }
        }
        return sorted;
    }

    int size() {
        return positions.length;
    }

    /** Number of groups (the block of rows in no group not counted). */
    int groupCount() {
        return starts.length - 2;
    }

    /** First index of group {@code g}'s block; {@code g == groupCount()} is the block of rows in no group. */
    int start(int g) {
        return starts[g];
    }

    int end(int g) {
        return starts[g + 1];
    }

    /** Block starts, {@code groupCount() + 2} of them: every group, the rows in no group, the end. */
    int[] starts() {
        return starts;
    }

    /** Sorted position (in the label's score order) of block index {@code i}. Not copied: do not modify. */
    int[] positions() {
        return positions;
    }

    /** Per index: true when the row shares its score with a neighbour in its own block. */
    private static boolean[] tiedFlags(double[] scores, int[] starts) {
        boolean[] tied = new boolean[scores.length];
        for (int b = 0; b + 1 < starts.length; b++) {
            for (int i = starts[b] + 1; i < starts[b + 1]; i++) {
                if (scores[i] == scores[i - 1]) {
                    tied[i] = true;
                    tied[i - 1] = true;
                }
            }
        }
        return tied;
    }

    private static int[] negatives(boolean[] truth, int[] starts) {
        int[] negatives = new int[starts.length - 1];
        for (int b = 0; b + 1 < starts.length; b++) {
            for (int i = starts[b]; i < starts[b + 1]; i++) {
                negatives[b] += truth[i] ? 0 : 1;
            }
        }
        return negatives;
    }

    /** The sorted position of every weight slot: per block, its negatives in order, then its positives. */
    private static int[] slotPositions(int[] positions, boolean[] truth, int[] starts, int[] negatives) {
        int[] slots = new int[positions.length];
        for (int b = 0; b + 1 < starts.length; b++) {
            int negative = starts[b];
            int positive = starts[b] + negatives[b];
            for (int i = starts[b]; i < starts[b + 1]; i++) {
                slots[truth[i] ? positive++ : negative++] = positions[i];
            }
        }
        return slots;
    }

    private static int[] inverse(int[] slotPositions) {
        int[] inverse = new int[slotPositions.length];
        for (int j = 0; j < slotPositions.length; j++) {
            inverse[slotPositions[j]] = j;
        }
        return inverse;
    }

    /** The sorted position of every weight slot; only with copies. Not copied: do not modify. */
    int[] slotPositions() {
        return slotPositions;
    }

    /** Number of negatives in block {@code b} (group {@code b}, or the rows in no group); only with copies. */
    int negatives(int b) {
        return negatives[b];
    }

    /** Start and end (block indices) of every tie block of two or more rows, in order. */
    private static int[][] tieBlocks(boolean[] tied, double[] scores) {
        int count = 0;
        for (int i = 0; i < tied.length; i++) {
            if (tied[i] && (i == 0 || !tied[i - 1] || scores[i - 1] != scores[i])) {
                count++;
            }
        }
        int[] tieStarts = new int[count];
        int[] tieEnds = new int[count];
        int t = 0;
        for (int i = 0; i < tied.length; ) {
            if (!tied[i]) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tied.length && tied[end] && scores[end] == scores[i]) {
                end++;
            }
            tieStarts[t] = i;
            tieEnds[t++] = end;
            i = end;
        }
        return new int[][] {tieStarts, tieEnds};
    }

    /** Starts of the tie blocks, ascending; only with copies. */
    int[] tieStarts() {
        return tieStarts;
    }

    /** Ends of the tie blocks, matching {@link #tieStarts()}; only with copies. */
    int[] tieEnds() {
        return tieEnds;
    }

    /** Scores in block order; only after {@link #withCopies()}. */
    double[] scores() {
        return java.util.Objects.requireNonNull(scores, "blocks without copies");
    }

    /** True labels in block order; only after {@link #withCopies()}. */
    boolean[] truth() {
        return java.util.Objects.requireNonNull(truth, "blocks without copies");
    }


    /**
     * Weights by this layout's slots moved to {@code target}'s slots (both with copies of the same label), into
     * {@code out}: a grouping's replicate re-read in the overall order, for its own overall line.
     */
    void moveWeights(int[] slotWeights, GroupBlocks target, int[] out) {
        int[] targetSlot = target.slotOfPosition;
        for (int j = 0; j < slotPositions.length; j++) {
            out[targetSlot[slotPositions[j]]] = slotWeights[j];
        }
    }
}

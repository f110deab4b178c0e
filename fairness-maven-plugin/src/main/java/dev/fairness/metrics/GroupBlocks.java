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
 * <p>Scores and true labels are copied into block order so that passes read memory sequentially. Immutable.
 */
final class GroupBlocks {
    private final int[] positions;
    private final double[] scores;
    private final boolean[] truth;
    private final int[] starts;
    private final SortedLabel label;
    private final boolean[] tied;

    private GroupBlocks(SortedLabel label, int[] positions, double[] scores, boolean[] truth, int[] starts) {
        this.label = label;
        this.tied = scores == null ? null : tiedFlags(scores, starts);
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

    /** Tie flags in block order; only after {@link #withCopies()}. */
    boolean[] tied() {
        return java.util.Objects.requireNonNull(tied, "blocks without copies");
    }

    /** Scores in block order; only after {@link #withCopies()}. */
    double[] scores() {
        return java.util.Objects.requireNonNull(scores, "blocks without copies");
    }

    /** True labels in block order; only after {@link #withCopies()}. */
    boolean[] truth() {
        return java.util.Objects.requireNonNull(truth, "blocks without copies");
    }

    /** Weights per sorted position gathered into block order, into {@code out}. */
    void gather(int[] sortedWeights, int[] out) {
        for (int i = 0; i < positions.length; i++) {
            out[i] = sortedWeights[positions[i]];
        }
    }

    /** Weights in block order scattered back to sorted positions, into {@code out}. */
    void scatter(int[] blockWeights, int[] out) {
        for (int i = 0; i < positions.length; i++) {
            out[positions[i]] = blockWeights[i];
        }
    }
}

package dev.fairness.metrics;

import java.util.List;

/**
 * One grouping of one label: the label's score order regrouped group by group, each group's rows still in
 * descending score order, rows in no group last. Every group is then one contiguous block, and one block is all a
 * group's metrics need. Built from the label's one sort by a stable counting sort on the group (no score
 * comparison), for every grouping at once with one random gather: all groupings' group indices are first packed
 * into one int per row, in row order, then gathered into score order and unpacked.
 *
 * <p>For passes run again and again (bootstrap replicates), {@link #withSlotLayout()} lays the rows out by weight
 * slot: per block, its negatives in score order, then its positives in score order. A stratum (group x class) is
 * then one contiguous run of slots that a replicate's draws count into directly, and a pass reads each class as
 * one sequential stream ({@link ReplicatePass}). For every positive slot it also keeps how many of the block's
 * negatives score above it and how many at least as high, so that the streams never need to be merged again.
 * Immutable.
 */
final class GroupBlocks {
    private final SortedLabel label;
    private final int[] positions;
    private final int[] starts;
    private final Slots slots;

    /** The slot layout of {@link #withSlotLayout()}. */
    private record Slots(int[] negatives, int[] slotPositions, int[] slotOfPosition, double[] scores,
                         int[] negativesAbove, int[] negativesThrough) {
    }

    private GroupBlocks(SortedLabel label, int[] positions, int[] starts, Slots slots) {
        this.label = label;
        this.positions = positions;
        this.starts = starts;
        this.slots = slots;
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
        return new GroupBlocks(label, positions, new int[] {0, n}, null);
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
        return new GroupBlocks(label, positions, starts, null);
    }

    /** The same blocks with their slot layout (see the class comment), for passes run again and again. */
    GroupBlocks withSlotLayout() {
        if (slots != null) {
            return this;
        }
        int n = positions.length;
        double[] sortedScores = label.sortedScores();
        boolean[] sortedTruth = label.sortedTruth();
        int blocks = starts.length - 1;
        int[] negatives = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            for (int i = starts[b]; i < starts[b + 1]; i++) {
                negatives[b] += sortedTruth[positions[i]] ? 0 : 1;
            }
        }
        int[] slotPositions = new int[n];
        double[] scores = new double[n];
        int[] negativesAbove = new int[n];
        int[] negativesThrough = new int[n];
        for (int b = 0; b < blocks; b++) {
            int negative = starts[b];
            int positive = starts[b] + negatives[b];
            int seen = 0; // negatives placed so far, all with scores at least as high as the current row
            for (int i = starts[b]; i < starts[b + 1]; i++) {
                int p = positions[i];
                if (sortedTruth[p]) {
                    slotPositions[positive] = p;
                    scores[positive++] = sortedScores[p];
                } else {
                    slotPositions[negative] = p;
                    scores[negative++] = sortedScores[p];
                    seen++;
                }
            }
            // negatives strictly above / at least as high as each positive: a merge of the two sorted streams
            int n0 = starts[b];
            int n1 = starts[b] + negatives[b];
            int above = n0;
            int through = n0;
            for (int k = n1; k < starts[b + 1]; k++) {
                double s = scores[k];
                while (above < n1 && scores[above] > s) {
                    above++;
                }
                if (through < above) {
                    through = above;
                }
                while (through < n1 && scores[through] >= s) {
                    through++;
                }
                negativesAbove[k] = above - n0;
                negativesThrough[k] = through - n0;
            }
            if (seen != negatives[b]) {
                throw new AssertionError("negatives miscounted");
            }
        }
        int[] slotOfPosition = new int[n];
        for (int j = 0; j < n; j++) {
            slotOfPosition[slotPositions[j]] = j;
        }
        return new GroupBlocks(label, positions, starts,
                new Slots(negatives, slotPositions, slotOfPosition, scores, negativesAbove, negativesThrough));
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

    /** Blocks, the rows in no group included. */
    int blockCount() {
        return starts.length - 1;
    }

    /** Rows in block {@code g}. */
    int size(int g) {
        return starts[g + 1] - starts[g];
    }

    /** Block starts, {@code groupCount() + 2} of them: every group, the rows in no group, the end. */
    int[] starts() {
        return starts;
    }

    /** Sorted position (in the label's score order) of block index {@code i}. Not copied: do not modify. */
    int[] positions() {
        return positions;
    }

    private Slots slots() {
        return java.util.Objects.requireNonNull(slots, "blocks without their slot layout");
    }

    /** Number of negatives in block {@code b} (its first slots); only with the slot layout. */
    int negatives(int b) {
        return slots().negatives()[b];
    }

    /** Scores by slot; only with the slot layout. Not copied: do not modify. */
    double[] slotScores() {
        return slots().scores();
    }

    /** Per positive slot: the block's negatives scoring strictly higher; only with the slot layout. */
    int[] negativesAbove() {
        return slots().negativesAbove();
    }

    /** Per positive slot: the block's negatives scoring at least as high; only with the slot layout. */
    int[] negativesThrough() {
        return slots().negativesThrough();
    }

    /** The sorted position of every weight slot; only with the slot layout. Not copied: do not modify. */
    int[] slotPositions() {
        return slots().slotPositions();
    }

    /**
     * Weights by this layout's slots moved to {@code target}'s slots (both with the slot layout, of the same label), into
     * {@code out}: a grouping's replicate re-read in the overall order, for its own overall line.
     */
    void moveWeights(int[] slotWeights, GroupBlocks target, int[] out) {
        int[] slotPositions = slots().slotPositions();
        int[] targetSlot = target.slots().slotOfPosition();
        for (int j = 0; j < slotPositions.length; j++) {
            out[targetSlot[slotPositions[j]]] = slotWeights[j];
        }
    }
}

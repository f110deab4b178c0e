package dev.fairness.metrics;

/**
 * One label's rows in score order with their groups gathered alongside: what every pass over the label reads.
 * Built once per label and grouping set, then reused by every bootstrap replicate, so that a replicate costs one
 * sequential pass and nothing else: no sort, no packing, no gather.
 *
 * <p>Group ids are flat: id 0 is the overall line, then each grouping's groups at {@link #offset(int)}.
 * Immutable and thread-safe.
 */
final class PassLayout {
    private final SortedLabel label;
    private final PackedGroups packing;
    private final int[][] codes;
    private final int[] codeOf;
    private final int[] offsets;
    private final int[] groupCounts;
    private final int ids;

    private PassLayout(SortedLabel label, PackedGroups packing, int[][] codes, int[] groupCounts) {
        this.label = label;
        this.packing = packing;
        this.codes = codes;
        this.groupCounts = groupCounts.clone();
        int groupings = groupCounts.length;
        this.codeOf = new int[groupings];
        this.offsets = new int[groupings];
        int total = 1; // id 0 is the overall line
        for (int k = 0; k < groupings; k++) {
            codeOf[k] = packing.wordOf(k);
            offsets[k] = total;
            total += groupCounts[k];
        }
        this.ids = total;
    }

    /**
     * @param groupOfs    per grouping: group index per row ({@code -1} = in no group)
     * @param groupCounts per grouping: number of groups
     */
    static PassLayout of(SortedLabel label, int[][] groupOfs, int[] groupCounts) {
        PackedGroups packing = PackedGroups.layout(groupCounts);
        return new PassLayout(label, packing, packing.sortedCodes(groupOfs, label.order()), groupCounts);
    }

    SortedLabel label() {
        return label;
    }

    int size() {
        return label.size();
    }

    int groupings() {
        return offsets.length;
    }

    int groupCount(int grouping) {
        return groupCounts[grouping];
    }

    /** Number of group ids, the overall line included. */
    int ids() {
        return ids;
    }

    /** Id of a grouping's group 0. */
    int offset(int grouping) {
        return offsets[grouping];
    }

    /** Number of packed words per row. */
    int words() {
        return codes.length;
    }

    /** Packed word {@code w} of sorted position {@code i}. */
    int word(int w, int i) {
        return codes[w][i];
    }

    /** Fills {@code ids} with the group ids of sorted position {@code i}: 0 (overall), then one per grouping. */
    int groupsOf(int i, int[] ids) {
        ids[0] = 0;
        int count = 1;
        for (int k = 0; k < offsets.length; k++) {
            int g = packing.group(k, codes[codeOf[k]][i]);
            if (g >= 0) {
                ids[count++] = offsets[k] + g;
            }
        }
        return count;
    }

    /** Row weights gathered into sorted order. */
    int[] sortedWeights(int[] rowWeights) {
        int[] order = label.order();
        int[] sorted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = rowWeights[order[i]];
        }
        return sorted;
    }
}

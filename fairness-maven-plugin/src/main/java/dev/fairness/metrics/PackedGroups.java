package dev.fairness.metrics;

/**
 * All groupings' group indices of a row packed into bit fields of one or a few {@code int}s, so that a pass
 * in score order reads one code per row instead of one random {@code groupOf[row]} per grouping. With a
 * million rows each such random read is a likely cache miss, and several {@code groupOf} arrays competing
 * for the cache made the pass several times slower than one packed array. A field holds {@code group + 1}
 * (0 = the row is in no group), so a grouping of {@code c} groups needs {@code ceil(log2(c + 1))} bits;
 * fields never straddle two ints, and a new int ("word") starts when 32 bits are used up.
 */
final class PackedGroups {
    private final int words;
    private final int[] wordOf;
    private final int[] shift;
    private final int[] mask;

    private PackedGroups(int words, int[] wordOf, int[] shift, int[] mask) {
        this.words = words;
        this.wordOf = wordOf;
        this.shift = shift;
        this.mask = mask;
    }

    /** Lays out one bit field per grouping. */
    static PackedGroups layout(int[] groupCounts) {
        int k = groupCounts.length;
        int[] wordOf = new int[k];
        int[] shift = new int[k];
        int[] mask = new int[k];
        int word = 0;
        int used = 0;
        for (int i = 0; i < k; i++) {
            int bits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(groupCounts[i]));
            if (used + bits > Integer.SIZE) {
                word++;
                used = 0;
            }
            wordOf[i] = word;
            shift[i] = used;
            mask[i] = bits == Integer.SIZE ? -1 : (1 << bits) - 1;
            used += bits;
        }
        return new PackedGroups(k == 0 ? 0 : word + 1, wordOf, shift, mask);
    }

    int words() {
        return words;
    }

    int wordOf(int grouping) {
        return wordOf[grouping];
    }

    /** Group of a grouping from its word, or -1 when the row is in none of its groups. */
    int group(int grouping, int word) {
        return ((word >>> shift[grouping]) & mask[grouping]) - 1;
    }

    /**
     * Packs the rows' groups (row order) and returns them gathered into sorted order: {@code [word][position]}.
     */
    int[][] sortedCodes(int[][] groupOfs, int[] order) {
        int n = order.length;
        int[][] sorted = new int[words][];
        int[] packed = new int[n];
        for (int w = 0; w < words; w++) {
            java.util.Arrays.fill(packed, 0);
            for (int k = 0; k < groupOfs.length; k++) {
                if (wordOf[k] != w) {
                    continue;
                }
                int[] groupOf = groupOfs[k];
                int s = shift[k];
                for (int row = 0; row < n; row++) {
                    packed[row] |= (groupOf[row] + 1) << s;
                }
            }
            int[] codes = new int[n];
            for (int i = 0; i < n; i++) {
                codes[i] = packed[order[i]];
            }
            sorted[w] = codes;
        }
        return sorted;
    }
}

package dev.fairness.groups;

import java.util.List;

/**
 * Several groupings' group of every row packed into one int per row: grouping {@code k}'s group + 1 (0: the row
 * is in none of its groups) in {@link #width} bits starting at {@code shifts[k]}. A pass over rows in score order
 * then reads every grouping's group with one random read per row instead of one per grouping. Shared by the
 * metrics' one pass over all groups and the report's curves.
 */
public final class GroupFields {
    private GroupFields() {
    }

    /** Bits that hold a grouping's group + 1, from 0 (no group) to its group count. */
    public static int width(Grouping grouping) {
        return Integer.SIZE - Integer.numberOfLeadingZeros(grouping.groupCount());
    }

    /**
     * Every row's packed groups: grouping {@code k}'s group + 1 shifted left by {@code shifts[k]}.
     *
     * @throws IllegalArgumentException when a grouping's row count is not {@code rows}
     */
    public static int[] pack(List<Grouping> groupings, int[] shifts, int rows) {
        int[] packed = new int[rows];
        for (int k = 0; k < groupings.size(); k++) {
            Grouping grouping = groupings.get(k);
            if (grouping.size() != rows) {
                throw new IllegalArgumentException("grouping '" + grouping.name() + "' has " + grouping.size()
                        + " rows, not " + rows);
            }
            packGrouping(grouping.groupOf(), shifts[k], packed);
        }
        return packed;
    }

    /** One grouping into its bits: a small loop of its own, which a cold JVM compiles early. */
    private static void packGrouping(int[] groupOf, int shift, int[] packed) {
        for (int row = 0; row < packed.length; row++) {
            packed[row] |= (groupOf[row] + 1) << shift;
        }
    }
}

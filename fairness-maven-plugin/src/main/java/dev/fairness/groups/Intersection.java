package dev.fairness.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The grouping of an intersection such as {@code sex×age}, from its components' groupings. */
final class Intersection {
    private Intersection() {
    }

    /**
     * Rows fall in the combination of their component groups, ordered as the components are (so bins stay in
     * numeric order); combinations that no row has are left out.
     */
    static Grouping of(String name, List<Grouping> components) {
        int rows = components.get(0).size();
        int[][] groupOfs = new int[components.size()][];
        int[] counts = new int[components.size()];
        for (int k = 0; k < groupOfs.length; k++) { // out of the row loop: plain arrays, no calls per row
            groupOfs[k] = components.get(k).groupOf();
            counts[k] = components.get(k).groupCount();
        }
        long combinations = 1;
        for (int count : counts) {
            combinations = Math.min(combinations * Math.max(1, count), 1L << 40); // no overflow
        }
        if (combinations <= (1 << 20)) {
            return intersectByTable(name, components, groupOfs, counts, (int) combinations);
        }
        long[] code = new long[rows];
        for (int row = 0; row < rows; row++) {
            code[row] = combination(groupOfs, counts, row);
        }
        long[] seen = distinctCodes(code);
        List<String> groupNames = new ArrayList<>();
        for (long c : seen) {
            groupNames.add(combinationName(c, components));
        }
        int[] groupOf = new int[rows];
        for (int row = 0; row < rows; row++) {
            groupOf[row] = code[row] < 0 ? Grouping.NO_GROUP : Arrays.binarySearch(seen, code[row]);
        }
        return new Grouping(name, groupNames, groupOf);
    }

    /** The row's combination code, or -1 when a component has no group. */
    private static long combination(int[][] groupOfs, int[] counts, int row) {
        long c = 0;
        for (int k = 0; k < groupOfs.length; k++) {
            int group = groupOfs[k][row];
            if (group == Grouping.NO_GROUP) {
                return -1;
            }
            c = c * counts[k] + group;
        }
        return c;
    }

    /**
     * Few combinations: each row's code is written into the grouping's own array and then replaced by its group
     * through a table, so no other row-sized array is made.
     */
    private static Grouping intersectByTable(String name, List<Grouping> components, int[][] groupOfs, int[] counts,
                                             int combinations) {
        int[] groupOf = new int[groupOfs[0].length];
        boolean[] present = new boolean[combinations];
        for (int row = 0; row < groupOf.length; row++) {
            int c = (int) combination(groupOfs, counts, row);
            groupOf[row] = c;
            if (c >= 0) {
                present[c] = true;
            }
        }
        int[] groupOfCode = new int[combinations];
        List<String> groupNames = new ArrayList<>();
        for (int c = 0; c < combinations; c++) {
            if (present[c]) {
                groupOfCode[c] = groupNames.size();
                groupNames.add(combinationName(c, components));
            }
        }
        for (int row = 0; row < groupOf.length; row++) {
            groupOf[row] = groupOf[row] < 0 ? Grouping.NO_GROUP : groupOfCode[groupOf[row]];
        }
        return new Grouping(name, groupNames, groupOf);
    }

    /** The non-negative codes that occur, ascending (many combinations: a sort). */
    private static long[] distinctCodes(long[] code) {
        return Arrays.stream(code).filter(c -> c >= 0).sorted().distinct().toArray();
    }

    private static String combinationName(long code, List<Grouping> components) {
        String[] parts = new String[components.size()];
        for (int k = components.size() - 1; k >= 0; k--) {
            Grouping g = components.get(k);
            parts[k] = g.groupNames().get((int) (code % g.groupCount()));
            code /= g.groupCount();
        }
        return String.join(GroupingBuilder.INTERSECTION, parts);
    }
}

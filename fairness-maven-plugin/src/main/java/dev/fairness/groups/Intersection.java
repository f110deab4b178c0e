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
        long codes = 1;
        for (int count : counts) {
            codes = Math.min(codes * (count + 1), 1L << 40); // no overflow
        }
        if (codes <= (1 << 20)) {
            return intersectByTable(name, components, groupOfs, counts, (int) codes);
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
     * Few combinations: each row's code has one digit per component, its group + 1 (0: no group), written into the
     * grouping's own array one component at a time; the codes that occur are marked, numbered in component order,
     * and each row's code replaced by its group. Each step is a small loop of its own, which a cold JVM compiles
     * early, and no other row-sized array is made.
     *
     * @param codes the number of codes: the product of the components' group counts + 1
     */
    private static Grouping intersectByTable(String name, List<Grouping> components, int[][] groupOfs, int[] counts,
                                             int codes) {
        int[] groupOf = new int[groupOfs[0].length];
        for (int k = 0; k < groupOfs.length; k++) {
            appendDigit(groupOf, groupOfs[k], counts[k] + 1);
        }
        boolean[] present = new boolean[codes];
        mark(groupOf, present);
        int[] groupOfCode = new int[codes];
        List<String> groupNames = new ArrayList<>();
        for (int code = 0; code < codes; code++) {
            long combination = combination(code, counts);
            groupOfCode[code] = combination < 0 || !present[code] ? Grouping.NO_GROUP : groupNames.size();
            if (groupOfCode[code] != Grouping.NO_GROUP) {
                groupNames.add(combinationName(combination, components));
            }
        }
        replace(groupOf, groupOfCode);
        return new Grouping(name, groupNames, groupOf);
    }

    /** {@code code = code * radix + group + 1} for every row. */
    private static void appendDigit(int[] code, int[] groupOf, int radix) {
        for (int row = 0; row < code.length; row++) {
            code[row] = code[row] * radix + groupOf[row] + 1;
        }
    }

    private static void mark(int[] code, boolean[] present) {
        for (int row = 0; row < code.length; row++) {
            present[code[row]] = true;
        }
    }

    private static void replace(int[] code, int[] groupOfCode) {
        for (int row = 0; row < code.length; row++) {
            code[row] = groupOfCode[code[row]];
        }
    }

    /** A code of digits group + 1 as {@link #combination(int[][], int[], int)} numbers it; -1 when a digit is 0. */
    private static long combination(int code, int[] counts) {
        long combination = 0;
        long place = 1;
        for (int k = counts.length - 1; k >= 0; k--) {
            int digit = code % (counts[k] + 1);
            if (digit == 0) {
                return -1;
            }
            combination += (digit - 1) * place;
            place *= counts[k];
            code /= counts[k] + 1;
        }
        return combination;
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

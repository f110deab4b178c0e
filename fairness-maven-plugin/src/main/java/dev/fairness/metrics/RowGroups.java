package dev.fairness.metrics;

import dev.fairness.groups.GroupFields;
import dev.fairness.groups.Grouping;

import java.util.List;

/**
 * Every row's group in every grouping, numbered as one flat list of groups: id 0 is the overall line, then each
 * grouping's groups in order. Built once per evaluation and shared by all labels, so that one pass over a label's
 * sorted rows can tally every group at once ({@link AllGroupsPass}). When the groupings' indices fit into 31 bits
 * (22 groups over 4 groupings take 13), they are packed into one int per row: one random read per sorted row
 * instead of one per grouping. Immutable.
 */
public final class RowGroups {
    private final int rows;
    private final int[] firstId;
    private final int idCount;
    /** Packed {@code group + 1} per grouping and row, or null when they do not fit into 31 bits. */
    private final int[] packed;
    private final int[] shift;
    private final int[] mask;
    /** The groupings' own arrays, read when nothing is packed. */
    private final int[][] groupOfs;
    private final List<String> names;

    private RowGroups(int rows, int[] firstId, int idCount, int[] packed, int[] shift, int[] mask, int[][] groupOfs,
                      List<String> names) {
        this.names = names;
        this.rows = rows;
        this.firstId = firstId;
        this.idCount = idCount;
        this.packed = packed;
        this.shift = shift;
        this.mask = mask;
        this.groupOfs = groupOfs;
    }

    /** The groups of these groupings (each with one entry per row), packed per row where they fit. */
    public static RowGroups of(List<Grouping> groupings, int rows) {
        int k = groupings.size();
        int[] firstId = new int[k];
        int[] shift = new int[k];
        int[] mask = new int[k];
        int[][] groupOfs = new int[k][];
        String[] names = new String[k];
        int id = 1;
        int bits = 0;
        for (int g = 0; g < k; g++) {
            Grouping grouping = groupings.get(g);
            firstId[g] = id;
            names[g] = grouping.name();
            id += grouping.groupCount();
            groupOfs[g] = grouping.groupOf();
            int width = GroupFields.width(grouping);
            shift[g] = bits;
            mask[g] = (1 << width) - 1;
            bits += width;
        }
        int[] packed = bits <= Integer.SIZE - 1 ? GroupFields.pack(groupings, shift, rows) : null;
        return new RowGroups(rows, firstId, id, packed, shift, mask, groupOfs, List.of(names));
    }

    /** The groupings' names, in order. */
    List<String> names() {
        return names;
    }

    /** Number of groups of grouping {@code k}. */
    int groupCount(int k) {
        return (k + 1 < firstId.length ? firstId[k + 1] : idCount) - firstId[k];
    }

    /**
     * Whether the groups are packed: then a code ({@link #inOrder}) holds grouping {@code k}'s group + 1 in the bits
     * of {@link #mask} from {@link #shift} on.
     */
    boolean isPacked() {
        return packed != null;
    }

    int shift(int k) {
        return shift[k];
    }

    int mask(int k) {
        return mask[k];
    }

    /** Grouping {@code k}'s group of a row, or {@link Grouping#NO_GROUP}. */
    int[] groupOf(int k) {
        return groupOfs[k];
    }

    int rows() {
        return rows;
    }

    /** Number of ids: the overall line and every group of every grouping. */
    int idCount() {
        return idCount;
    }

    /** Id of group {@code g} of grouping {@code k}. */
    int id(int k, int g) {
        return firstId[k] + g;
    }

    /**
     * Each sorted row's code (see {@link #idsOf}): the random reads in one tight loop of their own, where the
     * processor overlaps their cache misses, instead of one by one inside the pass.
     */
    int[] inOrder(int[] order) {
        int[] codes = new int[order.length];
        if (packed != null) {
            for (int i = 0; i < codes.length; i++) {
                codes[i] = packed[order[i]];
            }
        } else {
            System.arraycopy(order, 0, codes, 0, codes.length);
        }
        return codes;
    }

    /**
     * Writes the ids of the groups of the row with this code ({@link #inOrder}: the packed groups, or the row
     * itself when they are not packed) (the overall line first, then one per grouping the row has a group
     * in) into {@code ids}; returns how many.
     */
    int idsOf(int code, int[] ids) {
        ids[0] = 0;
        int count = 1;
        if (packed != null) {
            for (int k = 0; k < firstId.length; k++) {
                int field = (code >>> shift[k]) & mask[k];
                if (field != 0) {
                    ids[count++] = firstId[k] + field - 1;
                }
            }
            return count;
        }
        for (int k = 0; k < firstId.length; k++) {
            int g = groupOfs[k][code];
            if (g != Grouping.NO_GROUP) {
                ids[count++] = firstId[k] + g;
            }
        }
        return count;
    }

    /** Largest number of ids one row can have. */
    int maxIdsPerRow() {
        return firstId.length + 1;
    }
}

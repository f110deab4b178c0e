package dev.fairness.report;

import dev.fairness.groups.GroupFields;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.SortedLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * Several groupings' group of every row, packed into one int per row (each grouping's group + 1 in its own bits),
 * so that a pass over a label's rows in score order reads every grouping's group with one random read per row
 * instead of one per grouping: on a million rows that read, a cache miss, was most of report.html's time. The
 * groups of all packed groupings are also numbered in one flat range of slots ({@link #slot}), so a pass keeps
 * its per-group state in flat arrays. Immutable.
 */
final class GroupCodes {
    private final List<Grouping> groupings;
    private final int[] shifts;
    private final int[] masks;
    private final int[] offsets;
    private final int[] packed;
    /** The same codes as chars when they fit into 16 bits: half the memory for the random reads in score order. */
    private final char[] narrow;

    private GroupCodes(List<Grouping> groupings, int[] shifts, int[] masks, int[] offsets, int[] packed, int bits) {
        this.groupings = groupings;
        this.shifts = shifts;
        this.masks = masks;
        this.offsets = offsets;
        this.packed = packed;
        this.narrow = bits <= Character.SIZE ? narrow(packed) : null;
    }

    private static char[] narrow(int[] packed) {
        char[] narrow = new char[packed.length];
        for (int row = 0; row < packed.length; row++) {
            narrow[row] = (char) packed[row];
        }
        return narrow;
    }

    /**
     * The groupings in as few packs as fit into 30 bits each, leaving a bit for a row's class (one pack for any
     * usual set: 4 groupings of up to 127 groups each take 28 bits), in order.
     */
    static List<GroupCodes> of(List<Grouping> groupings) {
        List<GroupCodes> packs = new ArrayList<>();
        List<Grouping> pack = new ArrayList<>();
        int bits = 0;
        for (Grouping g : groupings) {
            int need = GroupFields.width(g);
            if (!pack.isEmpty() && bits + need > Integer.SIZE - 2) {
                packs.add(pack(pack));
                pack = new ArrayList<>();
                bits = 0;
            }
            pack.add(g);
            bits += need;
        }
        if (!pack.isEmpty()) {
            packs.add(pack(pack));
        }
        return packs;
    }

    private static GroupCodes pack(List<Grouping> groupings) {
        int k = groupings.size();
        int[] shifts = new int[k];
        int[] masks = new int[k];
        int[] offsets = new int[k + 1];
        int shift = 0;
        for (int j = 0; j < k; j++) {
            Grouping g = groupings.get(j);
            shifts[j] = shift;
            masks[j] = (1 << GroupFields.width(g)) - 1;
            shift += GroupFields.width(g);
            offsets[j + 1] = offsets[j] + g.groupCount();
        }
        int[] packed = GroupFields.pack(groupings, shifts, groupings.get(0).size());
        return new GroupCodes(List.copyOf(groupings), shifts, masks, offsets, packed, shift);
    }

    List<Grouping> groupings() {
        return groupings;
    }

    /** Rows. */
    int size() {
        return packed.length;
    }

    /** The packed groups of a row. */
    int code(int row) {
        return packed[row];
    }

    /**
     * Every row's code in the label's score order, shifted left by one with the row's class in the lowest bit (1:
     * positive): a loop of independent random reads alone, which the processor overlaps, before the passes that
     * depend on them (a grouping's group + 1 then starts at {@code shift(k) + 1}).
     */
    int[] inScoreOrder(SortedLabel order) {
        int[] sorted = new int[order.size()];
        if (narrow != null) {
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = narrow[order.rowAt(i)] << 1 | (order.isPositiveAt(i) ? 1 : 0);
            }
        } else {
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = packed[order.rowAt(i)] << 1 | (order.isPositiveAt(i) ? 1 : 0);
            }
        }
        return sorted;
    }

    /** Where grouping {@code k}'s group + 1 starts in a code. */
    int shift(int k) {
        return shifts[k];
    }

    /** The bits of grouping {@code k}'s group + 1, once shifted down. */
    int mask(int k) {
        return masks[k];
    }

    /** Groups of all packed groupings together: the number of slots. */
    int slots() {
        return offsets[offsets.length - 1];
    }

    /**
     * The slot of the group of grouping {@code k} (its index in {@link #groupings()}) in {@code code}, or -1 when the
     * row is in none of its groups.
     */
    int slot(int code, int k) {
        int group = ((code >>> shifts[k]) & masks[k]) - 1;
        return group < 0 ? -1 : offsets[k] + group;
    }

    /** The first slot of grouping {@code k}'s groups; its group {@code g} is slot {@code offset(k) + g}. */
    int offset(int k) {
        return offsets[k];
    }
}

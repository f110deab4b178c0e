package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.util.List;

/**
 * Whether no two {@link ByteIds} are equal, without making their texts: an open-addressing table of rows by the hash
 * of their bytes, compared byte by byte on a probe. Equal texts have equal bytes (valid UTF-8, trimmed and
 * restored), so equal bytes are exactly a repeated id.
 */
final class DistinctByteIds {
    private DistinctByteIds() {
    }

    /**
     * Checked on up to {@code threads} threads: each thread keeps the ids of one share of the hash values, so that
     * equal ids, which have equal hashes, meet in one table.
     */
    static boolean allDistinct(ByteIds ids, int threads) {
        int shares = Integer.highestOneBit(Math.max(1, threads));
        List<Boolean> distinct = Parallel.map(shares, threads, share -> distinctInShare(ids, share, shares));
        return !distinct.contains(false);
    }

    private static boolean distinctInShare(ByteIds ids, int share, int shares) {
        Table table = new Table(ids.size() / shares + 1);
        for (int row = 0; row < ids.size(); row++) {
            int hash = ids.hash(row);
            if ((hash & (shares - 1)) == share && !table.add(ids, hash, row)) {
                return false;
            }
        }
        return true;
    }

    /** Rows by the hash of their bytes: {@code row + 1} per slot, 0 empty; at most half full. */
    private static final class Table {
        private int[] slots;
        private int size;
        private int shift;

        Table(int expected) {
            int bits = 32 - Integer.numberOfLeadingZeros(Math.max(16, expected) * 2 - 1);
            slots = new int[1 << bits];
            shift = 32 - bits;
        }

        /** Adds the row; false when an earlier row has the same id. */
        boolean add(ByteIds ids, int hash, int row) {
            if (2 * (size + 1) > slots.length) {
                grow(ids);
            }
            int mask = slots.length - 1;
            int slot = (hash * 0x9E3779B9) >>> shift;
            int entry;
            while ((entry = slots[slot]) != 0) {
                if (ids.sameId(entry - 1, row)) { // bytes, not a stored hash: half the table's memory
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = row + 1;
            size++;
            return true;
        }

        private void grow(ByteIds ids) {
            int[] old = slots;
            slots = new int[old.length * 2];
            shift--;
            int mask = slots.length - 1;
            for (int entry : old) {
                if (entry != 0) {
                    int slot = (ids.hash(entry - 1) * 0x9E3779B9) >>> shift;
                    while (slots[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = entry;
                }
            }
        }
    }
}

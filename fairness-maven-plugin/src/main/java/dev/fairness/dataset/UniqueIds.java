package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.util.List;

/**
 * Finds a repeated id among rows as they are read: an open-addressing table of (hash, row) pairs in one
 * {@code long[]}, in place of a map of a million boxed entries. A probe compares the stored hash first, so an id
 * string is only looked at when its hash matches: one cache miss per row, not one per probe.
 */
final class UniqueIds {
    private long[] entries; // hash << 32 | (row + 1); 0 is empty
    private int size;

    /** @param expected about how many ids will be added (the table grows past it) */
    UniqueIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
        entries = new long[Math.min(capacity, 1 << 30)];
    }

    /**
     * Whether no two of {@code ids} are equal, checked on up to {@code threads} threads: each thread keeps the ids
     * of one share of the hash values, so that equal ids, which have equal hashes, meet in one table.
     *
     * @param hashes {@code ids[row].hashCode()} per row
     */
    static boolean allDistinct(String[] ids, int[] hashes, int threads) {
        int shares = Integer.highestOneBit(Math.max(1, threads));
        List<Boolean> distinct = Parallel.map(shares, threads, share -> {
            UniqueIds table = new UniqueIds(ids.length / shares + 1);
            for (int row = 0; row < ids.length; row++) {
                if (((hashes[row] * 0x9E3779B9) & (shares - 1)) == share && !table.add(ids, hashes[row], row)) {
                    return false;
                }
            }
            return true;
        });
        return !distinct.contains(false);
    }

    /** Adds {@code ids[row]}; false when an earlier row has the same id. */
    boolean add(String[] ids, int row) {
        return add(ids, ids[row].hashCode(), row);
    }

    private boolean add(String[] ids, int hash, int row) {
        if (2 * (size + 1) > entries.length) {
            grow();
        }
        String id = ids[row];
        int mask = entries.length - 1;
        int slot = slot(hash, entries.length);
        long entry;
        while ((entry = entries[slot]) != 0) {
            if ((int) (entry >>> 32) == hash && ids[(int) entry - 1].equals(id)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        entries[slot] = ((long) hash << 32) | (row + 1L);
        size++;
        return true;
    }

    private void grow() {
        long[] old = entries;
        entries = new long[old.length * 2];
        int mask = entries.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = slot((int) (entry >>> 32), entries.length);
                while (entries[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                entries[slot] = entry;
            }
        }
    }

    /**
     * The high bits of the hash times the golden ratio: ids such as {@code img1 ... img999999} have runs of
     * consecutive hashes that the low bits alone would pile into long probe chains.
     */
    private static int slot(int hash, int size) {
        return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(size));
    }
}

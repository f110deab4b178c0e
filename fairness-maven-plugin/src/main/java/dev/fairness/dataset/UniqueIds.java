package dev.fairness.dataset;

/**
 * Finds a repeated id among rows as they are read: an open-addressing table of row numbers, keyed by the ids' own
 * hashes, in place of a map of a million boxed entries.
 */
final class UniqueIds {
    private int[] rows = new int[1 << 12]; // row + 1; 0 is empty
    private int size;

    /** Adds {@code ids[row]}; false when an earlier row has the same id. */
    boolean add(String[] ids, int row) {
        if (2 * (size + 1) > rows.length) {
            grow(ids);
        }
        String id = ids[row];
        int mask = rows.length - 1;
        int slot = spread(id.hashCode()) & mask;
        while (rows[slot] != 0) {
            if (ids[rows[slot] - 1].equals(id)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        rows[slot] = row + 1;
        size++;
        return true;
    }

    private void grow(String[] ids) {
        int[] old = rows;
        rows = new int[old.length * 2];
        int mask = rows.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int slot = spread(ids[entry - 1].hashCode()) & mask;
                while (rows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                rows[slot] = entry;
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}

package dev.fairness.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ids kept as bytes ({@link IdBytes}): a million ids cost their bytes and two {@code int}s each, not a
 * {@code String} each. The bytes are already trimmed and restored ({@link SpreadsheetText}), and were checked to be
 * UTF-8 when read, so {@link #id} gives exactly the text the full parser gives, and two ids are equal exactly when
 * their bytes are.
 */
final class ByteIds implements RowIds {
    private final byte[][] chunks;
    private final int[] addresses;
    private final int[] ends;

    /** @param addresses per row, {@code chunk << 16 | offset}; @param ends per row, its end in the chunk */
    ByteIds(byte[][] chunks, int[] addresses, int[] ends) {
        if (addresses.length != ends.length) {
            throw new IllegalArgumentException("one address and one end per id");
        }
        this.chunks = chunks;
        this.addresses = addresses;
        this.ends = ends;
    }

    @Override
    public int size() {
        return addresses.length;
    }

    @Override
    public String id(int row) {
        int offset = addresses[row] & 0xFFFF;
        return new String(chunks[addresses[row] >>> 16], offset, ends[row] - offset, StandardCharsets.UTF_8);
    }

    /** The same hash for the same bytes. */
    int hash(int row) {
        byte[] chunk = chunks[addresses[row] >>> 16];
        int hash = 0;
        for (int i = addresses[row] & 0xFFFF; i < ends[row]; i++) {
            hash = 31 * hash + chunk[i];
        }
        return hash;
    }

    boolean sameId(int row, int other) {
        return Arrays.equals(chunks[addresses[row] >>> 16], addresses[row] & 0xFFFF, ends[row],
                chunks[addresses[other] >>> 16], addresses[other] & 0xFFFF, ends[other]);
    }
}

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
    private final int[] hashes;

    /**
     * @param addresses per row, {@code chunk << 16 | offset}; @param ends per row, its end in the chunk
     * @param hashes    per row, {@link #hash(byte[], int, int)} of its bytes, computed while they were read
     */
    ByteIds(byte[][] chunks, int[] addresses, int[] ends, int[] hashes) {
        if (addresses.length != ends.length || addresses.length != hashes.length) {
            throw new IllegalArgumentException("one address, one end and one hash per id");
        }
        this.chunks = chunks;
        this.addresses = addresses;
        this.ends = ends;
        this.hashes = hashes;
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
        return hashes[row];
    }

    /** The hash of an id's bytes {@code b[start, end)}. */
    static int hash(byte[] b, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + b[i];
        }
        return hash;
    }

    boolean sameId(int row, int other) {
        return Arrays.equals(chunks[addresses[row] >>> 16], addresses[row] & 0xFFFF, ends[row],
                chunks[addresses[other] >>> 16], addresses[other] & 0xFFFF, ends[other]);
    }
}

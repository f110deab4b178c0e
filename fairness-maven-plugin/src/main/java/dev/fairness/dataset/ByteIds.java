package dev.fairness.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ids kept as bytes ({@link IdBytes}): a million ids cost their bytes, an address and a hash each, not a
 * {@code String} each. The bytes are already trimmed and restored ({@link SpreadsheetText}), and were checked to be
 * UTF-8 when read, so {@link #id} gives exactly the text the full parser gives, and two ids are equal exactly when
 * their bytes are.
 */
final class ByteIds implements RowIds {
    private final byte[][] chunks;
    private final int[] chunkEnds;
    private final int[] addresses;
    private final int[] hashes;

    /**
     * @param chunkEnds per chunk, where its last id ends ({@link IdBytes#ends()})
     * @param addresses per row, {@code chunk << 16 | offset}, each chunk's ids in row order one after the other
     * @param hashes    per row, {@link #hash(byte[], int, int)} of its bytes, computed while they were read
     */
    ByteIds(byte[][] chunks, int[] chunkEnds, int[] addresses, int[] hashes) {
        if (addresses.length != hashes.length || chunks.length != chunkEnds.length) {
            throw new IllegalArgumentException("one address and one hash per id, one end per chunk");
        }
        this.chunks = chunks;
        this.chunkEnds = chunkEnds;
        this.addresses = addresses;
        this.hashes = hashes;
    }

    @Override
    public int size() {
        return addresses.length;
    }

    @Override
    public String id(int row) {
        int offset = addresses[row] & 0xFFFF;
        return new String(chunks[addresses[row] >>> 16], offset, end(row) - offset, StandardCharsets.UTF_8);
    }

    /** Where the id ends in its chunk: where the next row's id starts when that is in the same chunk. */
    private int end(int row) {
        int chunk = addresses[row] >>> 16;
        if (row + 1 < addresses.length && addresses[row + 1] >>> 16 == chunk) {
            return addresses[row + 1] & 0xFFFF;
        }
        return chunkEnds[chunk];
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
        return Arrays.equals(chunks[addresses[row] >>> 16], addresses[row] & 0xFFFF, end(row),
                chunks[addresses[other] >>> 16], addresses[other] & 0xFFFF, end(other));
    }
}

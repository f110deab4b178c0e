package dev.fairness.dataset;

import java.util.Arrays;

/**
 * The bytes of a file's ids, copied into chunks of {@value #CHUNK} bytes as the parts read them: about ten bytes
 * an id, not a {@code String} and not the whole file. An id is addressed by {@code chunk << 16 | offset}. The parts,
 * on their own threads, each fill chunks of their own, their rows' ids one after the other; only taking a new chunk
 * is shared. So an id ends where the next row's starts, when that is in the same chunk, or at its chunk's end
 * ({@link #ends()}): no end is kept per row.
 */
final class IdBytes {
    static final int CHUNK = 1 << 16;
    private byte[][] chunks = new byte[16][];
    private int[] ends = new int[16];
    private int count;

    /** A new empty chunk, and its index. */
    synchronized int newChunk() {
        if (count == chunks.length) {
            chunks = Arrays.copyOf(chunks, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        chunks[count] = new byte[CHUNK];
        return count++;
    }

    synchronized byte[] chunk(int index) {
        return chunks[index];
    }

    /** The chunks taken, in index order. */
    synchronized byte[][] chunks() {
        return Arrays.copyOf(chunks, count);
    }

    /** Per chunk, where its last id ends (the bytes its writer used). */
    synchronized int[] ends() {
        return Arrays.copyOf(ends, count);
    }

    private synchronized void end(int chunk, int used) {
        ends[chunk] = used;
    }

    /** One part's writer: appends ids to its current chunk, taking a new one when an id does not fit. */
    static final class Writer {
        private final IdBytes store;
        private byte[] chunk;
        private int index;
        private int used = CHUNK;

        Writer(IdBytes store) {
            this.store = store;
        }

        /** Copies {@code b[start, end)}; its address. */
        int add(byte[] b, int start, int end) throws CsvUnsupported {
            int length = end - start;
            if (length > CHUNK) {
                throw new CsvUnsupported(); // an id of over 64 KB: the full parser keeps it
            }
            if (used + length > CHUNK) {
                if (chunk != null) {
                    store.end(index, used);
                }
                index = store.newChunk();
                chunk = store.chunk(index);
                used = 0;
            }
            System.arraycopy(b, start, chunk, used, length);
            int address = index << 16 | used;
            used += length;
            return address;
        }

        /** Records where the last chunk's ids end: called once the part's ids are all added. */
        void close() {
            if (chunk != null) {
                store.end(index, used);
            }
        }
    }
}

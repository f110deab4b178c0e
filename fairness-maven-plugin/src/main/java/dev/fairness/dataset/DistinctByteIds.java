package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.util.List;

/**
 * Whether no two {@link ByteIds} are equal, without making their texts. The rows are first put in buckets by the top
 * bits of their id's hash (a count and a scatter, both sequential), so that each bucket of about {@value #BUCKET}
 * rows is then checked with a small table that stays in the core's cache: one big table of a million rows costs a
 * cache miss per row, and comparing bytes on every probe another. Bytes are compared only when two full hashes
 * are equal. Equal texts have equal bytes (valid UTF-8, trimmed and restored), so equal bytes are exactly a
 * repeated id.
 */
final class DistinctByteIds {
    /** The rows a bucket holds on average: its table (twice as many ints) fits in the first-level cache. */
    static final int BUCKET = 512;
    private static final int GOLDEN = 0x9E3779B9;

    private DistinctByteIds() {
    }

    /** Checked on up to {@code threads} threads, each taking a share of the buckets. */
    static boolean allDistinct(ByteIds ids, int threads) {
        int rows = ids.size();
        int bits = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, rows / BUCKET) - 1));
        int[] starts = bucketStarts(ids, bits);
        long[] entries = scattered(ids, bits, starts);
        int shares = Math.max(1, Math.min(threads, starts.length - 1));
        List<Boolean> distinct = Parallel.map(shares, threads, share -> {
            int buckets = starts.length - 1;
            return distinctInBuckets(ids, entries, starts, bits, buckets * share / shares,
                    buckets * (share + 1) / shares);
        });
        return !distinct.contains(false);
    }

    /** The bucket of a hash: the top {@code bits} of its multiplicative mix. */
    private static int bucket(int hash, int bits) {
        return bits == 0 ? 0 : (hash * GOLDEN) >>> (32 - bits);
    }

    /** {@code 2^bits + 1} offsets: bucket b's rows are {@code [starts[b], starts[b + 1])} of the scattered rows. */
    private static int[] bucketStarts(ByteIds ids, int bits) {
        int[] starts = new int[(1 << bits) + 1];
        for (int row = 0; row < ids.size(); row++) {
            starts[bucket(ids.hash(row), bits) + 1]++;
        }
        for (int b = 1; b < starts.length; b++) {
            starts[b] += starts[b - 1];
        }
        return starts;
    }

    /** Each row as {@code hash << 32 | row}, in bucket order. */
    private static long[] scattered(ByteIds ids, int bits, int[] starts) {
        int[] next = java.util.Arrays.copyOf(starts, starts.length - 1);
        long[] entries = new long[ids.size()];
        for (int row = 0; row < entries.length; row++) {
            int hash = ids.hash(row);
            entries[next[bucket(hash, bits)]++] = (long) hash << 32 | row;
        }
        return entries;
    }

    /** Whether the buckets {@code [from, to)} hold no repeated id. */
    private static boolean distinctInBuckets(ByteIds ids, long[] entries, int[] starts, int bits, int from, int to) {
        int[] table = new int[4 * BUCKET];
        for (int b = from; b < to; b++) {
            int size = starts[b + 1] - starts[b];
            if (2 * size > table.length) {
                table = new int[Integer.highestOneBit(2 * size - 1) << 1];
            }
            if (!distinctInBucket(ids, entries, starts[b], starts[b + 1], bits, table)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One bucket, by open addressing in {@code table} ({@code position + 1} per slot, 0 empty; emptied after):
     * a slot from the hash bits below the bucket's, full hashes compared before bytes.
     */
    private static boolean distinctInBucket(ByteIds ids, long[] entries, int from, int to, int bits, int[] table) {
        int tableBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, 2 * (to - from)) - 1);
        int mask = (1 << tableBits) - 1;
        boolean distinct = true;
        for (int p = from; p < to && distinct; p++) {
            long entry = entries[p];
            int hash = (int) (entry >>> 32);
            // the bits just below the bucket's: the bucket's own bits are the same for all its rows
            int slot = tableBits == 0 ? 0 : Integer.rotateLeft(hash * GOLDEN, bits) >>> (32 - tableBits);
            int held;
            while ((held = table[slot]) != 0) {
                long other = entries[held - 1];
                if ((int) (other >>> 32) == hash && ids.sameId((int) other, (int) entry)) {
                    distinct = false;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = p + 1;
        }
        java.util.Arrays.fill(table, 0, mask + 1, 0); // the table is reused for the next bucket
        return distinct;
    }
}

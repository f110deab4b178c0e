package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.util.Arrays;
import java.util.List;

/**
 * Whether no two ids kept as byte ranges ({@link ByteIds}) are equal, without making their texts: an open-addressing
 * table of rows by the hash of their bytes, the bytes compared only when hashes match. Equal texts have equal bytes
 * (the ranges are valid UTF-8, trimmed and restored), so equal bytes are exactly a repeated id.
 */
final class DistinctByteIds {
    private DistinctByteIds() {
    }

    /**
     * Checked on up to {@code threads} threads: each thread keeps the ids of one share of the hash values, so that
     * equal ids, which have equal hashes, meet in one table.
     */
    static boolean allDistinct(byte[] file, int[] starts, int[] ends, int[] hashes, int threads) {
        int shares = Integer.highestOneBit(Math.max(1, threads));
        List<Boolean> distinct = Parallel.map(shares, threads,
                share -> distinctInShare(file, starts, ends, hashes, share, shares));
        return !distinct.contains(false);
    }

    private static boolean distinctInShare(byte[] file, int[] starts, int[] ends, int[] hashes, int share,
                                           int shares) {
        // room for every row, however the hashes fall into shares: never more than half full
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(16, hashes.length) * 2 - 1);
        int[] table = new int[1 << bits]; // row + 1; 0 is empty
        int shift = 32 - Integer.numberOfTrailingZeros(table.length);
        int mask = table.length - 1;
        for (int row = 0; row < hashes.length; row++) {
            int mixed = hashes[row] * 0x9E3779B9;
            if ((mixed & (shares - 1)) != share) {
                continue;
            }
            int slot = mixed >>> shift;
            int entry;
            while ((entry = table[slot]) != 0) {
                int other = entry - 1;
                if (hashes[other] == hashes[row] && Arrays.equals(file, starts[other], ends[other], file,
                        starts[row], ends[row])) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = row + 1;
        }
        return true;
    }
}

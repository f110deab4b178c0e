package dev.fairness.metrics;

/**
 * The passes of a stable least-significant-digit radix sort of unsigned 64-bit items, {@value #DIGIT_BITS} bits a
 * digit: a digit's histogram turned into start positions, then one scatter. A digit that every item shares is
 * skipped: its pass would move nothing.
 */
final class RadixPasses {
    static final int DIGIT_BITS = 11;
    static final int BUCKETS = 1 << DIGIT_BITS;
    static final int MASK = BUCKETS - 1;

    private RadixPasses() {
    }

    /** Stable LSD radix sort of 64-bit keys with their rows alongside; returns the rows in key order. */
    static int[] radixSortPairs(long[] keys, int[] rows) {
        int n = keys.length;
        long[] keyBuffer = new long[n];
        int[] rowBuffer = new int[n];
        int[] count = new int[BUCKETS];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            if (!histogram(keys, shift, count)) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                int to = count[(int) (k >>> shift) & MASK]++;
                keyBuffer[to] = k;
                rowBuffer[to] = rows[i];
            }
            long[] swapKeys = keys;
            keys = keyBuffer;
            keyBuffer = swapKeys;
            int[] swapRows = rows;
            rows = rowBuffer;
            rowBuffer = swapRows;
        }
        return rows;
    }

    /**
     * Stable LSD radix sort of {@code items} by bits {@code [fromBit, toBit)}, unsigned. The histograms of all
     * digits are counted in one pass over the items, before the first scatter, instead of one pass per digit.
     */
    static long[] radixSort(long[] items, int fromBit, int toBit) {
        int digits = (toBit - fromBit + DIGIT_BITS - 1) / DIGIT_BITS;
        int[][] counts = new int[digits][BUCKETS];
        countDigits(items, fromBit, counts);
        long[] buffer = new long[items.length];
        for (int d = 0; d < digits; d++) {
            int shift = fromBit + d * DIGIT_BITS;
            if (!startPositions(items, shift, counts[d])) {
                continue;
            }
            scatter(items, buffer, shift, counts[d]);
            long[] swap = items;
            items = buffer;
            buffer = swap;
        }
        return items;
    }

    private static void countDigits(long[] items, int fromBit, int[][] counts) {
        int digits = counts.length;
        for (long item : items) {
            long rest = item >>> fromBit;
            for (int d = 0; d < digits; d++) {
                counts[d][(int) rest & MASK]++;
                rest >>>= DIGIT_BITS;
            }
        }
    }

    static void scatter(long[] items, long[] buffer, int shift, int[] start) {
        for (long item : items) {
            buffer[start[(int) (item >>> shift) & MASK]++] = item;
        }
    }

    /**
     * Turns one digit's counts into the start position of each digit value; false when all items share the digit
     * (the pass would not move anything).
     */
    static boolean startPositions(long[] items, int shift, int[] count) {
        return startPositions(count, items.length, items.length == 0 ? -1 : (int) (items[0] >>> shift) & MASK);
    }

    /** @param firstDigit the first item's digit, or -1 when there are none */
    static boolean startPositions(int[] count, int n, int firstDigit) {
        if (n == 0 || count[firstDigit] == n) {
            return false;
        }
        int sum = 0;
        for (int b = 0; b < BUCKETS; b++) {
            int c = count[b];
            count[b] = sum;
            sum += c;
        }
        return true;
    }

    /**
     * Fills {@code count} with the start position of each digit value; false when all keys share the digit
     * (the pass would not move anything).
     */
    private static boolean histogram(long[] keys, int shift, int[] count) {
        java.util.Arrays.fill(count, 0);
        for (long k : keys) {
            count[(int) (k >>> shift) & MASK]++;
        }
        return startPositions(keys, shift, count);
    }
}

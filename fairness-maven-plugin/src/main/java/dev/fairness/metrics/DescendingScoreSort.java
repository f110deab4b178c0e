package dev.fairness.metrics;

/**
 * Orders row indices by score, highest first, with a least-significant-digit radix sort on order-preserving
 * integer encodings of the scores. No boxing and no comparator: a million rows sort in a few tens of
 * milliseconds, which matters because every label is sorted once per evaluation and all metrics are then
 * read off that one order.
 *
 * <p>Model outputs are usually float32. When every score is exactly a {@code float}, its 32-bit key and the
 * row index share one {@code long} and three 11-bit passes sort it; otherwise the 64-bit key's high bits and the
 * row share one {@code long} (four passes for a million rows), and runs that agree in those bits but not in the
 * full key are sorted by it afterwards. Both are stable, so tied rows stay in ascending row order, and both
 * encode {@code -0.0} like {@code 0.0}, so they tie (as in NumPy and scikit-learn).
 */
final class DescendingScoreSort {
    private static final int DIGIT_BITS = RadixPasses.DIGIT_BITS;
    private static final int BUCKETS = RadixPasses.BUCKETS;
    private static final int MASK = RadixPasses.MASK;

    private DescendingScoreSort() {
    }

    /**
     * Returns the row indices ordered by descending score; ties keep ascending row order.
     *
     * @param scores          finite scores (checked by the caller)
     * @param truth           true label per row
     * @param sortedScoresOut receives the scores in sorted order, with {@code -0.0} as {@code 0.0}
     * @param sortedTruthOut  receives the true labels in sorted order
     */
    static int[] order(double[] scores, boolean[] truth, double[] sortedScoresOut, boolean[] sortedTruthOut) {
        return allFloats(scores) ? orderFloats(scores, truth, sortedScoresOut, sortedTruthOut)
                : orderDoubles(scores, truth, sortedScoresOut, sortedTruthOut);
    }

    private static boolean allFloats(double[] scores) {
        for (double s : scores) {
            if ((double) (float) s != s) {
                return false;
            }
        }
        return true;
    }

    /** Key in the high 32 bits, row in the low 32: sorting the keys' digits sorts the rows along. */
    private static int[] orderFloats(double[] scores, boolean[] truth, double[] sortedScoresOut,
                                     boolean[] sortedTruthOut) {
        int n = scores.length;
        long[] items = new long[n];
        for (int i = 0; i < n; i++) {
            items[i] = ((long) encode((float) scores[i]) << Integer.SIZE) | i;
        }
        items = RadixPasses.radixSort(items, Integer.SIZE, Long.SIZE);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int row = (int) items[i];
            order[i] = row;
            sortedScoresOut[i] = decodeFloat((int) (items[i] >>> Integer.SIZE));
            sortedTruthOut[i] = truth[row];
        }
        return order;
    }

    /**
     * The key's high bits and the row share one {@code long}: the row takes the {@code b} bits that {@code n} rows
     * need (20 for a million), the key the other {@code 64 - b}, so four 11-bit passes sort a million rows instead
     * of six passes over separate key and row arrays. Rows whose keys agree in those bits stay in row order; the
     * rare run among them whose full keys differ is sorted by the full key afterwards ({@link #sortRunsByFullKey}).
     */
    private static int[] orderDoubles(double[] scores, boolean[] truth, double[] sortedScoresOut,
                                      boolean[] sortedTruthOut) {
        int n = scores.length;
        int rowBits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(n - 1));
        long rowMask = (1L << rowBits) - 1;
        long[] items = radixSortKeys(scores, rowBits);
        int[] order = new int[n];
        boolean disordered = false;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            int row = (int) (items[i] & rowMask);
            order[i] = row;
            double s = scores[row] + 0.0; // + 0.0 turns -0.0 into 0.0
            sortedScoresOut[i] = s;
            sortedTruthOut[i] = truth[row];
            long key = encode(s);
            // the same high bits, and the full key smaller than the previous one's: a run to sort by the full key
            disordered |= i > 0 && ((items[i] ^ items[i - 1]) & ~rowMask) == 0 && Long.compareUnsigned(key, previous) < 0;
            previous = key;
        }
        if (disordered) {
            sortRunsByFullKey(items, ~rowMask, order, scores, sortedScoresOut, truth, sortedTruthOut);
        }
        return order;
    }

    /**
     * Sorts every run of positions whose keys agree in the bits of {@code highMask} by the full key, stably (rows
     * stay in ascending order within a tie), and rewrites the run's rows, scores and truths.
     */
    private static void sortRunsByFullKey(long[] items, long highMask, int[] order, double[] scores,
                                          double[] sortedScoresOut, boolean[] truth, boolean[] sortedTruthOut) {
        int n = items.length;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && ((items[end] ^ items[start]) & highMask) == 0) {
                end++;
            }
            if (end - start > 1) {
                int[] rows = java.util.Arrays.copyOfRange(order, start, end);
                long[] keys = new long[rows.length];
                for (int j = 0; j < rows.length; j++) {
                    keys[j] = encode(scores[rows[j]]);
                }
                rows = RadixPasses.radixSortPairs(keys, rows);
                for (int j = 0; j < rows.length; j++) {
                    order[start + j] = rows[j];
                    sortedScoresOut[start + j] = scores[rows[j]] + 0.0;
                    sortedTruthOut[start + j] = truth[rows[j]];
                }
            }
            start = end;
        }
    }

    /**
     * Each row's item ({@link #encode(double)}'s bits above {@code rowBits}, the row below) sorted by its key bits,
     * stably. The items are never written in row order first: the digits' histograms are counted from the scores,
     * and the first pass that moves anything computes each item as it scatters it.
     */
    private static long[] radixSortKeys(double[] scores, int rowBits) {
        int n = scores.length;
        long rowMask = (1L << rowBits) - 1;
        int digits = (Long.SIZE - rowBits + DIGIT_BITS - 1) / DIGIT_BITS;
        int[][] counts = new int[digits][BUCKETS];
        countKeyDigits(scores, rowBits, counts);
        long[] items = new long[n];
        long[] buffer = new long[n];
        int d = 0;
        while (d < digits && !RadixPasses.startPositions(counts[d], n, firstKey(scores, rowBits + d * DIGIT_BITS))) {
            d++;
        }
        if (d == digits) { // every key the same: the rows stay in order
            for (int i = 0; i < n; i++) {
                items[i] = (encode(scores[i]) & ~rowMask) | i;
            }
            return items;
        }
        scatterScores(scores, rowMask, items, rowBits + d * DIGIT_BITS, counts[d]);
        for (d++; d < digits; d++) {
            int shift = rowBits + d * DIGIT_BITS;
            if (!RadixPasses.startPositions(items, shift, counts[d])) {
                continue;
            }
            RadixPasses.scatter(items, buffer, shift, counts[d]);
            long[] swap = items;
            items = buffer;
            buffer = swap;
        }
        return items;
    }

    /** The digit at {@code shift} of the first row's key, or -1 when there are no rows. */
    private static int firstKey(double[] scores, int shift) {
        return scores.length == 0 ? -1 : (int) (encode(scores[0]) >>> shift) & MASK;
    }

    private static void countKeyDigits(double[] scores, int fromBit, int[][] counts) {
        int digits = counts.length;
        for (double score : scores) {
            long rest = encode(score) >>> fromBit;
            for (int d = 0; d < digits; d++) {
                counts[d][(int) rest & MASK]++;
                rest >>>= DIGIT_BITS;
            }
        }
    }

    private static void scatterScores(double[] scores, long rowMask, long[] into, int shift, int[] start) {
        for (int i = 0; i < scores.length; i++) {
            long item = (encode(scores[i]) & ~rowMask) | i;
            into[start[(int) (item >>> shift) & MASK]++] = item;
        }
    }

    /** Encodes a score so that unsigned ascending key order is descending score order. */
    static long encode(double score) {
        long bits = Double.doubleToRawLongBits(score + 0.0); // + 0.0 turns -0.0 into 0.0
        long ascending = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
        return ~ascending;
    }

    /** Inverse of {@link #encode(double)}. */
    static double decode(long key) {
        long ascending = ~key;
        long bits = ascending < 0 ? ascending ^ Long.MIN_VALUE : ~ascending;
        return Double.longBitsToDouble(bits);
    }

    /** 32-bit version of {@link #encode(double)}, as an unsigned int. */
    static int encode(float score) {
        int bits = Float.floatToRawIntBits(score + 0.0f);
        int ascending = bits < 0 ? ~bits : bits ^ Integer.MIN_VALUE;
        return ~ascending;
    }

    /** Inverse of {@link #encode(float)}, widened to double. */
    static double decodeFloat(int key) {
        int ascending = ~key;
        int bits = ascending < 0 ? ascending ^ Integer.MIN_VALUE : ~ascending;
        return Float.intBitsToFloat(bits);
    }
}

package dev.fairness.dataset;

/**
 * One attribute's cells in one part of a file: each cell's code in the part's own {@link ByteDictionary}, a byte a
 * row while the part has at most 256 distinct values (sex, age, site: a quarter of the memory of an {@code int}, and
 * fresh memory is slow to touch on a cold JVM), an {@code int} a row once it has more.
 */
final class PartCodes {
    private static final int BYTE_CODES = 1 << 8;

    private final ByteDictionary dictionary = new ByteDictionary();
    private byte[] small;
    private int[] wide;

    /** @param rows the most rows the part can have */
    PartCodes(int rows) {
        small = new byte[rows];
    }

    /** Codes the cell {@code b[start, end)} of the part's row {@code row}. */
    void code(int row, byte[] b, int start, int end) throws CsvUnsupported {
        int code = dictionary.code(b, start, end);
        if (small != null) {
            if (code < BYTE_CODES) {
                small[row] = (byte) code;
                return;
            }
            widen();
        }
        wide[row] = code;
    }

    /** From a byte a row to an {@code int}: the part met its 257th distinct value. */
    private void widen() {
        wide = new int[small.length];
        for (int row = 0; row < small.length; row++) {
            wide[row] = small[row] & 0xFF;
        }
        small = null;
    }

    ByteDictionary dictionary() {
        return dictionary;
    }

    /** The codes a byte a row ({@code & 0xFF}), or null when they are {@link #wide()}. */
    byte[] small() {
        return small;
    }

    int[] wide() {
        return wide;
    }
}

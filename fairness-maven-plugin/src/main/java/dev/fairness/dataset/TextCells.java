package dev.fairness.dataset;

import java.util.Arrays;

/**
 * The texts of one column of few distinct values (sex, age, site), each made once: a cell whose bytes were seen
 * before gets the same {@code String}. Saves a million small strings per million rows, and lets the groupings
 * find each value's group by its cached hash. A column of many distinct values (more than {@value #LIMIT}) stops
 * being cached and gets a new string per cell, as before.
 */
final class TextCells {
    static final int LIMIT = 1024;
    private static final int SLOTS = 4 * LIMIT;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] texts = new String[SLOTS];
    private int size;

    /** The cell's text as the reader keeps an attribute value: untrimmed, spreadsheet marks removed. */
    String text(CsvByteRows csv, int column) throws CsvUnsupported {
        if (csv.escaped(column) || size >= LIMIT) {
            return SpreadsheetText.restore(csv.text(column));
        }
        byte[] bytes = csv.bytes();
        int start = csv.start(column);
        int end = csv.end(column);
        int hash = 1;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        while (keys[slot] != null) {
            if (Arrays.equals(keys[slot], 0, keys[slot].length, bytes, start, end)) {
                return texts[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String text = SpreadsheetText.restore(csv.text(column));
        keys[slot] = Arrays.copyOfRange(bytes, start, end);
        texts[slot] = text;
        size++;
        return text;
    }
}

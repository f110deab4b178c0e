package dev.fairness.dataset;

import java.nio.charset.CharsetDecoder;

/**
 * The values of unquoted cells read from their bytes, exactly as the full parser reads their text: the common
 * spellings ({@code 0}/{@code 1}, a plain decimal) straight from the bytes, anything else through the same text
 * rules; what the full parser would reject gives up with {@link CsvUnsupported}.
 */
final class CellBytes {
    private static final CsvUnsupported UNSUPPORTED = new CsvUnsupported();

    private CellBytes() {
    }

    /** Where the cell ends without the white space {@link String#trim} removes (bytes up to a space). */
    static int trimmedEnd(byte[] b, int start, int end) {
        while (end > start && b[end - 1] >= 0 && b[end - 1] <= ' ') {
            end--;
        }
        return end;
    }

    /**
     * Where an id of the trimmed cell {@code [start, end)} starts: after leading white space, and after a spreadsheet
     * mark {@link SpreadsheetText#restore} removes; its bytes checked to be UTF-8.
     */
    static int idStart(byte[] b, int start, int end, CharsetDecoder utf8) throws CsvUnsupported {
        while (start < end && b[start] >= 0 && b[start] <= ' ') {
            start++;
        }
        if (start == end) {
            throw UNSUPPORTED; // an empty id
        }
        int bits = 0;
        for (int i = start; i < end; i++) {
            bits |= b[i];
        }
        return bits < 0 || b[start] == '\'' ? restoredStart(b, start, end, utf8) : start;
    }

    /** Checks the id is UTF-8; one byte on when the spreadsheet mark ' in front of it is to be removed. */
    private static int restoredStart(byte[] b, int start, int end, CharsetDecoder utf8) throws CsvUnsupported {
        String text = CellText.of(b, start, end, false, utf8);
        return SpreadsheetText.restore(text).length() < text.length() ? start + 1 : start;
    }

    /** A truth: {@code 0}/{@code 1}, or another spelling {@link TruthValue} reads. */
    static boolean truth(byte[] b, int start, int end, CharsetDecoder utf8) throws CsvUnsupported {
        if (end == start + 1) {
            byte c = b[start];
            if (c == '0' || c == '1') {
                return c == '1';
            }
        }
        Boolean value = TruthValue.parse(CellText.of(b, start, end, false, utf8));
        if (value == null) {
            throw UNSUPPORTED;
        }
        return value;
    }

    /** A probability: a plain decimal from the bytes ({@link DecimalBytes}), anything else as the full parser reads it. */
    static double score(byte[] b, int start, int end, CharsetDecoder utf8) throws CsvUnsupported {
        double value = DecimalBytes.parse(b, start, end);
        if (Double.isNaN(value)) {
            String text = CellText.of(b, start, end, false, utf8).trim();
            if (!SpreadsheetText.NUMBER.matcher(text).matches()) {
                throw UNSUPPORTED;
            }
            value = Double.parseDouble(text);
        }
        if (value >= 0.0 && value <= 1.0) {
            return value;
        }
        throw UNSUPPORTED;
    }
}

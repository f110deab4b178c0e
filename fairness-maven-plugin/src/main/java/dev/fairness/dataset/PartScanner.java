package dev.fairness.dataset;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the rows of one part of a predictions file in memory (no quoted cells) straight into {@link PredictionArrays}:
 * a cell is found by a short byte loop and handled by a small method for its column's kind — an id kept as its byte
 * range, a 0/1 truth, a decimal score, an attribute's dictionary code, a column not needed skipped — so that the JIT
 * compiles each early, and no object is made per cell. What the full parser might read differently (a quote, a
 * ragged row, a lone CR, a value in error) gives up with {@link CsvUnsupported}, as {@link CsvByteRows} does.
 */
final class PartScanner {
    private static final byte SKIP = 0;
    private static final byte ID = 1;
    private static final byte TRUTH = 2;
    private static final byte SCORE = 3;
    private static final byte ATTRIBUTE = 4;
    private static final CsvUnsupported UNSUPPORTED = new CsvUnsupported();
    private static final CsvUnsupported.QuotedCell QUOTED_CELL = new CsvUnsupported.QuotedCell();
    /** Bytes that end an unquoted cell's run of plain bytes: , LF CR and the quote. */
    private static final boolean[] STOPS = new boolean[256];

    static {
        STOPS[','] = true;
        STOPS['\n'] = true;
        STOPS['\r'] = true;
        STOPS['"'] = true;
    }

    private final byte[] b;
    private final byte[] kinds;
    private final int[] slots; // the label or attribute index of each column
    private final PredictionArrays out;
    private final ByteDictionary[] dictionaries;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int row;

    /** @throws CsvUnsupported when a column has two roles (an attribute read twice, or also a label's) */
    PartScanner(byte[] file, PredictionsLayout layout, PredictionArrays out) throws CsvUnsupported {
        this.b = file;
        this.out = out;
        this.kinds = new byte[layout.width()];
        this.slots = new int[layout.width()];
        role(layout.idColumn(), ID, 0);
        for (int l = 0; l < layout.labelCount(); l++) {
            role(layout.truthColumns()[l], TRUTH, l);
            role(layout.scoreColumns()[l], SCORE, l);
        }
        dictionaries = new ByteDictionary[layout.attributeCount()];
        for (int a = 0; a < dictionaries.length; a++) {
            role(layout.attributeColumns()[a], ATTRIBUTE, a);
            dictionaries[a] = new ByteDictionary();
        }
    }

    private void role(int column, byte kind, int slot) throws CsvUnsupported {
        if (kinds[column] != SKIP) {
            throw UNSUPPORTED; // read by the full parser, which reads a column once per role
        }
        kinds[column] = kind;
        slots[column] = slot;
    }

    /** How many line ends {@code [from, to)} has, plus one for a last line without one: its most rows. */
    static int mostRows(byte[] b, int from, int to) {
        int count = 0;
        for (int p = from; p < to; p++) {
            if (b[p] == '\n') {
                count++;
            }
        }
        return from < to && b[to - 1] != '\n' ? count + 1 : count;
    }

    /**
     * Reads the rows of {@code [from, to)}, a part that starts at a row's start.
     *
     * @param firstRow  where its first row is written
     * @param firstLine the file's line its first byte is on
     * @return the rows read
     */
    int read(int from, int to, int firstRow, int firstLine) throws CsvUnsupported {
        row = firstRow;
        int line = firstLine;
        int p = from;
        while (p < to) {
            byte c = b[p];
            if (c == '\n') {
                p++;
            } else if (c == '\r') {
                p = afterCr(p, to);
            } else {
                p = row(p, to);
                out.lines[row++] = line;
            }
            line++;
        }
        return row - firstRow;
    }

    /** The dictionary of each attribute: the texts of this part's codes. */
    ByteDictionary[] dictionaries() {
        return dictionaries;
    }

    /** Reads the row at {@code p}; where the next line starts. */
    private int row(int p, int to) throws CsvUnsupported {
        int last = kinds.length - 1;
        for (int column = 0; column < last; column++) {
            int end = cellEnd(p, to);
            cell(column, p, end);
            if (end == to || b[end] != ',') {
                throw UNSUPPORTED; // fewer cells than the header: the full parser says so
            }
            p = end + 1;
        }
        int end = cellEnd(p, to);
        cell(last, p, end);
        if (end == to) {
            return to;
        }
        byte c = b[end];
        if (c == '\n') {
            return end + 1;
        }
        if (c == '\r') {
            return afterCr(end, to);
        }
        throw UNSUPPORTED; // more cells than the header
    }

    private int afterCr(int p, int to) throws CsvUnsupported {
        if (p + 1 < to && b[p + 1] == '\n') {
            return p + 2;
        }
        throw UNSUPPORTED; // a lone CR
    }

    private int cellEnd(int p, int to) throws CsvUnsupported {
        while (p < to && !STOPS[b[p] & 0xFF]) {
            p++;
        }
        if (p < to && b[p] == '"') {
            throw QUOTED_CELL;
        }
        return p;
    }

    private void cell(int column, int start, int end) throws CsvUnsupported {
        switch (kinds[column]) {
            case ID -> id(start, end);
            case TRUTH -> out.truth[slots[column]][row] = truth(start, end);
            case SCORE -> out.scores[slots[column]][row] = score(start, end);
            case ATTRIBUTE -> out.codes[slots[column]][row] = dictionaries[slots[column]].code(b, start, end);
            default -> { } // a column this read does not need
        }
    }

    /** The id's byte range, trimmed as {@link String#trim} trims and restored as {@link SpreadsheetText} restores. */
    private void id(int start, int end) throws CsvUnsupported {
        while (start < end && b[start] >= 0 && b[start] <= ' ') {
            start++;
        }
        while (end > start && b[end - 1] >= 0 && b[end - 1] <= ' ') {
            end--;
        }
        if (start == end) {
            throw UNSUPPORTED; // an empty id
        }
        int hash = 0;
        int bits = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + b[i];
            bits |= b[i];
        }
        if (bits < 0 || b[start] == '\'') {
            int restored = restoredStart(start, end);
            if (restored != start) {
                start = restored;
                hash = 0;
                for (int i = start; i < end; i++) {
                    hash = 31 * hash + b[i];
                }
            }
        }
        out.idStarts[row] = start;
        out.idEnds[row] = end;
        out.idHashes[row] = hash;
    }

    /** Checks the id is UTF-8; one byte on when the spreadsheet mark ' in front of it is to be removed. */
    private int restoredStart(int start, int end) throws CsvUnsupported {
        String text = CellText.of(b, start, end, false, utf8);
        return SpreadsheetText.restore(text).length() < text.length() ? start + 1 : start;
    }

    private boolean truth(int start, int end) throws CsvUnsupported {
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

    /** A plain decimal from the bytes ({@link DecimalBytes}); anything else as the full parser reads it. */
    private double score(int start, int end) throws CsvUnsupported {
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

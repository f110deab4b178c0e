package dev.fairness.dataset;

/**
 * This file needs the full parser ({@link CsvByteRows} and the fast read leave it to Jackson). No stack trace: it is
 * control flow, caught by the caller.
 */
class CsvUnsupported extends Exception {
    private static final long serialVersionUID = 1L;

    CsvUnsupported() {
        super(null, null, false, false);
    }

    /**
     * A quoted cell in a part of a file read on its own ({@link CsvByteRows#CsvByteRows(byte[], int, int)}): a quoted
     * line break may have moved the part's first row boundary, so the whole file is read in one part instead.
     */
    static final class QuotedCell extends CsvUnsupported {
        private static final long serialVersionUID = 1L;
    }
}

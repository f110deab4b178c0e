package dev.fairness.dataset;

import java.util.Arrays;

/**
 * The line of a file each row starts on, kept as runs of rows on consecutive lines: a row's line is its run's first
 * line plus how far into the run it is. A file without blank lines or quoted line breaks is one run per part read,
 * so the read keeps no {@code int} a row for its lines (4 MB of fresh memory for a million rows, which a cold JVM
 * pays for in page faults); each blank line or line break inside a cell starts a run.
 */
public final class RowLines {
    private final int[] firstRows; // ascending; the first is 0 when there are rows
    private final int[] firstLines;
    private final int rows;

    private RowLines(int[] firstRows, int[] firstLines, int rows) {
        this.firstRows = firstRows;
        this.firstLines = firstLines;
        this.rows = rows;
    }

    /** The lines of a reader that keeps one per row. */
    static RowLines of(int[] lines) {
        Runs runs = new Runs();
        for (int row = 0; row < lines.length; row++) {
            runs.add(row, lines[row]);
        }
        return runs.lines(lines.length);
    }

    /**
     * The runs of the parts of a file, in file order.
     *
     * @param partStarts where each part's rows start among the file's rows, then the number of rows
     */
    static RowLines ofParts(Runs[] parts, int[] partStarts) {
        Runs all = new Runs();
        for (int k = 0; k < parts.length; k++) {
            Runs part = parts[k];
            for (int r = 0; r < part.count; r++) {
                all.add(partStarts[k] + part.firstRows[r], part.firstLines[r]);
            }
        }
        return all.lines(partStarts[parts.length]);
    }

    public int size() {
        return rows;
    }

    /** The 1-based line row {@code row} starts on. */
    public int line(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
        int run = Arrays.binarySearch(firstRows, row);
        if (run < 0) {
            run = -run - 2; // the run that starts before the row
        }
        return firstLines[run] + row - firstRows[run];
    }

    /** The line of every row. */
    public int[] toArray() {
        int[] lines = new int[rows];
        for (int row = 0; row < rows; row++) {
            lines[row] = line(row);
        }
        return lines;
    }

    /** How many runs: one per part for a file without blank lines or line breaks in cells. */
    int runs() {
        return firstRows.length;
    }

    /** Runs as a reader finds rows in order; a run starts only where a row is not on the line after the last one. */
    static final class Runs {
        private int[] firstRows = new int[4];
        private int[] firstLines = new int[4];
        private int count;
        private int lastRow = -1;
        private int lastLine;

        /**
         * Row {@code row} (at or after the last row added) starts on {@code line}. A reader may add a row before it
         * knows the row exists (the row after a blank line); the same row added again takes the later line.
         */
        void add(int row, int line) {
            if (count > 0 && row == firstRows[count - 1]) {
                firstLines[count - 1] = line;
            } else if (count == 0 || line != lastLine + row - lastRow) {
                if (count == firstRows.length) {
                    firstRows = Arrays.copyOf(firstRows, 2 * count);
                    firstLines = Arrays.copyOf(firstLines, 2 * count);
                }
                firstRows[count] = row;
                firstLines[count] = line;
                count++;
            }
            lastRow = row;
            lastLine = line;
        }

        /** The runs of the first {@code rows} rows (a run added for a row that never came is left out). */
        RowLines lines(int rows) {
            int kept = count;
            while (kept > 0 && firstRows[kept - 1] >= rows) {
                kept--;
            }
            return new RowLines(Arrays.copyOf(firstRows, kept), Arrays.copyOf(firstLines, kept), rows);
        }
    }
}

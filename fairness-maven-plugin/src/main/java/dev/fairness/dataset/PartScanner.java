package dev.fairness.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the rows of one part of a predictions file (no quoted cells) straight into {@link PredictionArrays}, through
 * a buffer of its own that is read again and again (fresh memory is slow to touch: the file is never held whole),
 * a block of rows at a time: one short loop finds the block's cell ends, then one loop per column kind reads that
 * column's cells — ids kept as byte ranges, 0/1 truths, decimal scores, attribute dictionary codes; columns not
 * needed are never looked at. Each loop is a small method, so the JIT compiles each early and quickly (a cold
 * million-row read otherwise runs mostly before one large row method is compiled), and no object is made per cell.
 * What the full parser might read differently (a quote, a ragged row, a lone CR, a value in error) gives up with
 * {@link CsvUnsupported}, as {@link CsvByteRows} does.
 */
final class PartScanner {
    /** Rows split at a time: their cell ends (about 200 KB for ten columns) stay in the core's cache. */
    static final int BLOCK = 4096;
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

    /** The buffer's first size; it grows for a line longer than it. */
    static final int BUFFER = 1 << 18;

    private final FileChannel channel;
    private byte[] b;
    private int limit; // the buffer's bytes read
    private long fileAt; // where the next bytes are read from
    private long partEnd;
    private final PredictionsLayout layout;
    private final IdBytes.Writer ids;
    private final int width;
    private PredictionArrays out;
    private PartCodes[] codes;
    private int partRow; // the file row of the part's first row
    /** The lines of the part's rows, by the part's own row numbers. */
    private RowLines.Runs lineRuns;
    /** Per row of the block, {@code width + 1} offsets: where the row starts, then where each cell ends. */
    private final int[] cellEnds;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int line;

    /** @throws CsvUnsupported when a column has two roles (an attribute read twice, or also a label's) */
    PartScanner(FileChannel channel, PredictionsLayout layout, IdBytes ids, int buffer) throws CsvUnsupported {
        this.channel = channel;
        this.b = new byte[buffer];
        this.ids = new IdBytes.Writer(ids);
        this.layout = layout;
        this.width = layout.width();
        this.cellEnds = new int[BLOCK * (width + 1)];
        boolean[] taken = new boolean[width];
        take(taken, layout.idColumn());
        for (int l = 0; l < layout.labelCount(); l++) {
            take(taken, layout.truthColumns()[l]);
            take(taken, layout.scoreColumns()[l]);
        }
        for (int a = 0; a < layout.attributeCount(); a++) {
            take(taken, layout.attributeColumns()[a]);
        }
    }

    private static void take(boolean[] taken, int column) throws CsvUnsupported {
        if (taken[column]) {
            throw UNSUPPORTED; // read by the full parser, which reads a column once per role
        }
        taken[column] = true;
    }

    /** How many line ends {@code [from, to)} of the file has, plus one for a last line without one: its most rows. */
    int mostRows(long from, long to) throws IOException, CsvUnsupported {
        return LineEnds.mostRows(channel, b, from, to);
    }

    /**
     * Reads the rows of {@code [from, to)}, a part of the file that starts at a row's start.
     *
     * @param into      the file's arrays
     * @param firstRow  where its first row is written
     * @param firstLine the file's line its first byte is on
     * @param room      the most rows it can have
     * @return the rows read
     */
    int read(PredictionArrays into, long from, long to, int firstRow, int firstLine, int room)
            throws IOException, CsvUnsupported {
        out = into;
        partRow = firstRow;
        codes = new PartCodes[layout.attributeCount()];
        for (int a = 0; a < codes.length; a++) {
            codes[a] = new PartCodes(room);
        }
        fileAt = from;
        partEnd = to;
        position = 0;
        limit = 0;
        line = firstLine;
        lineRuns = new RowLines.Runs();
        lineRuns.add(0, firstLine);
        int row = firstRow;
        while (position < limit || fileAt < partEnd) {
            int complete = completeLines();
            if (complete == position) {
                fill();
                continue;
            }
            while (position < complete) {
                int rows = split(complete, row);
                cells(row, rows);
                row += rows;
            }
        }
        ids.close();
        return row - firstRow;
    }

    /** Reads a block's columns, one loop per column. */
    private void cells(int row, int rows) throws CsvUnsupported {
        ids(row, rows);
        for (int l = 0; l < layout.labelCount(); l++) {
            truths(out.truth[l], layout.truthColumns()[l], row, rows);
            scores(out.scores[l], layout.scoreColumns()[l], row, rows);
        }
        for (int a = 0; a < codes.length; a++) {
            codes(codes[a], layout.attributeColumns()[a], row - partRow, rows);
        }
    }

    /** Where the buffer's last whole line ends: after its last LF, or its end once the part is all read. */
    private int completeLines() {
        if (fileAt == partEnd) {
            return limit;
        }
        for (int p = limit - 1; p >= position; p--) {
            if (b[p] == '\n') {
                return p + 1;
            }
        }
        return position;
    }

    /** Keeps the unread bytes, making room (or a larger buffer) for more, and reads. */
    private void fill() throws IOException, CsvUnsupported {
        int kept = limit - position;
        if (kept == b.length) {
            b = java.util.Arrays.copyOf(b, b.length * 2);
        } else if (position > 0) {
            System.arraycopy(b, position, b, 0, kept);
        }
        position = 0;
        limit = kept + readAt(fileAt, kept, (int) Math.min(b.length - kept, partEnd - fileAt));
        fileAt += limit - kept;
    }

    /** Reads {@code length > 0} bytes of the file at {@code at} into the buffer at {@code offset}; how many. */
    private int readAt(long at, int offset, int length) throws IOException, CsvUnsupported {
        int read = channel.read(ByteBuffer.wrap(b, offset, length), at);
        if (read <= 0) {
            throw new CsvUnsupported(); // the file became shorter while read: the full parser reads it again
        }
        return read;
    }

    /** The lines of the part's rows, numbered from the part's first row. */
    RowLines.Runs lineRuns() {
        return lineRuns;
    }

    /** Each attribute's codes of the part's rows, with their dictionary. */
    PartCodes[] codes() {
        return codes;
    }

    /** Finds the cell ends of up to {@value #BLOCK} rows from {@code position}, blank lines skipped; the rows. */
    private int split(int to, int firstRow) throws CsvUnsupported {
        int p = position;
        int at = line;
        int rows = 0;
        while (p < to && rows < BLOCK) {
            byte c = b[p];
            if (c == '\n') {
                p++;
                lineRuns.add(firstRow + rows - partRow, at + 1); // a blank line: the next row starts a run
            } else if (c == '\r') {
                p = afterCr(p, to);
                lineRuns.add(firstRow + rows - partRow, at + 1);
            } else {
                p = rowCells(p, to, rows * (width + 1));
                rows++;
            }
            at++;
        }
        position = p;
        line = at;
        return rows;
    }

    /** Records the cell ends of the row at {@code p} from {@code base}; where the next line starts. */
    private int rowCells(int p, int to, int base) throws CsvUnsupported {
        int[] ends = cellEnds;
        ends[base] = p;
        int last = width - 1;
        for (int column = 0; column < last; column++) {
            p = cellEnd(p, to);
            if (p == to || b[p] != ',') {
                throw UNSUPPORTED; // fewer cells than the header: the full parser says so
            }
            ends[base + column + 1] = p++;
        }
        p = cellEnd(p, to);
        ends[base + width] = p;
        if (p == to) {
            return to;
        }
        byte c = b[p];
        if (c == '\n') {
            return p + 1;
        }
        if (c == '\r') {
            return afterCr(p, to);
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

    /** Where the cell of {@code column} starts in the block's row at {@code base}. */
    private int start(int base, int column) {
        return column == 0 ? cellEnds[base] : cellEnds[base + column] + 1;
    }

    private void ids(int firstRow, int rows) throws CsvUnsupported {
        int column = layout.idColumn();
        for (int r = 0; r < rows; r++) {
            int base = r * (width + 1);
            id(firstRow + r, start(base, column), cellEnds[base + column + 1]);
        }
    }

    private void truths(boolean[] truth, int column, int firstRow, int rows) throws CsvUnsupported {
        for (int r = 0; r < rows; r++) {
            int base = r * (width + 1);
            truth[firstRow + r] = CellBytes.truth(b, start(base, column), cellEnds[base + column + 1], utf8);
        }
    }

    private void scores(double[] scores, int column, int firstRow, int rows) throws CsvUnsupported {
        for (int r = 0; r < rows; r++) {
            int base = r * (width + 1);
            scores[firstRow + r] = CellBytes.score(b, start(base, column), cellEnds[base + column + 1], utf8);
        }
    }

    /** @param blockRow the part's row of the block's first row */
    private void codes(PartCodes into, int column, int blockRow, int rows) throws CsvUnsupported {
        for (int r = 0; r < rows; r++) {
            int base = r * (width + 1);
            into.code(blockRow + r, b, start(base, column), cellEnds[base + column + 1]);
        }
    }

    /** The id's bytes, trimmed as {@link String#trim} trims and restored as {@link SpreadsheetText} restores. */
    private void id(int row, int start, int end) throws CsvUnsupported {
        int last = CellBytes.trimmedEnd(b, start, end);
        int first = CellBytes.idStart(b, start, last, utf8);
        out.idAddresses[row] = ids.add(b, first, last);
        out.idHashes[row] = ByteIds.hash(b, first, last); // while the bytes are in the cache
    }
}

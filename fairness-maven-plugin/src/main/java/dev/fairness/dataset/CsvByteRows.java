package dev.fairness.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The rows of a CSV file read straight from its bytes, for the shape nearly every large file has: UTF-8 (a byte
 * order mark allowed), {@code ,} between cells, LF or CRLF line ends, blank lines, cells quoted with {@code "}
 * ({@code ""} inside for a quote, line breaks allowed). Anything else — a lone CR, a quote inside an unquoted cell,
 * text after a closing quote, an unclosed quote, bytes that are not UTF-8, a UTF-16/32 file — throws
 * {@link CsvUnsupported}: that file is left to {@link CsvRows} (Jackson), which reads it or reports the error with
 * its own message. So this class never decides anything Jackson would decide differently; it only skips the
 * per-cell objects Jackson needs.
 *
 * <p>Cells are byte ranges of an internal buffer, valid until the next {@link #next()}. Lines are counted the way
 * {@link CsvRows#line()} counts them: the 1-based line on which a row starts.
 */
final class CsvByteRows implements Closeable {
    private static final int NEED_MORE = -1;
    private static final int END = 0;
    private static final int ROW = 1;
    private static final CsvUnsupported UNSUPPORTED = new CsvUnsupported();
    private static final CsvUnsupported.QuotedCell QUOTED_CELL = new CsvUnsupported.QuotedCell();

    private final InputStream in;
    private final boolean quotedCells; // false in a part of a file: a quote throws CsvUnsupported.QuotedCell
    private byte[] buffer = new byte[1 << 20];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private int line = 1;
    private int rowLine;
    private int cellCount;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] escaped = new boolean[16];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    CsvByteRows(InputStream in) {
        this.in = in;
        this.quotedCells = true;
    }

    /** The rows of a whole file already in memory, from its start: quoted cells are read. */
    CsvByteRows(byte[] file) {
        this.in = InputStream.nullInputStream();
        this.quotedCells = true;
        this.buffer = file;
        this.limit = file.length;
        this.endOfInput = true;
    }

    /**
     * The rows of bytes {@code [from, to)} of a file in memory, a part that starts at a row's start after the first
     * (lines are counted from 1 in the part). A quoted cell throws {@link CsvUnsupported.QuotedCell}.
     */
    CsvByteRows(byte[] file, int from, int to) {
        this.in = InputStream.nullInputStream();
        this.quotedCells = false;
        this.buffer = file;
        this.position = from;
        this.limit = to;
        this.endOfInput = true;
        this.started = true;
    }

    /** Advances to the next row, blank lines skipped; false at the end of the file. */
    boolean next() throws IOException, CsvUnsupported {
        if (!started) {
            start();
        }
        while (true) {
            int outcome = scanRow();
            if (outcome != NEED_MORE) {
                return outcome == ROW;
            }
            fill();
        }
    }

    /** Reads the first bytes: a UTF-8 byte order mark is skipped; what looks like UTF-16 or UTF-32 is Jackson's. */
    private void start() throws IOException, CsvUnsupported {
        started = true;
        while (limit < 4 && !endOfInput) {
            fill();
        }
        for (int i = 0; i < Math.min(4, limit); i++) {
            if (buffer[i] == 0) {
                throw UNSUPPORTED;
            }
        }
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;
        }
    }

    /** Keeps the unread bytes, making room (or a larger buffer) for more, and reads. */
    private void fill() throws IOException {
        if (endOfInput) {
            throw new IllegalStateException("no more input");
        }
        int kept = limit - position;
        if (kept == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        }
        position = 0;
        limit = kept;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }

    /** One row from {@code position}, or NEED_MORE when it may continue past the bytes read so far. */
    private int scanRow() throws CsvUnsupported {
        byte[] b = buffer;
        int p = position;
        int lines = line;
        while (true) { // blank lines
            if (p == limit) {
                if (!endOfInput) {
                    return NEED_MORE;
                }
                position = p;
                line = lines;
                return END;
            }
            if (b[p] == '\n') {
                p++;
                lines++;
            } else if (b[p] == '\r') {
                if (p + 1 == limit && !endOfInput) {
                    return NEED_MORE;
                }
                if (p + 1 == limit || b[p + 1] != '\n') {
                    throw UNSUPPORTED;
                }
                p += 2;
                lines++;
            } else {
                break;
            }
        }
        int startLine = lines;
        int cells = 0;
        while (true) {
            if (cells == starts.length) {
                grow();
            }
            boolean quotes = false;
            int start;
            int end;
            if (p < limit && b[p] == '"') {
                if (!quotedCells) {
                    throw QUOTED_CELL;
                }
                start = ++p;
                while (true) {
                    if (p == limit) {
                        if (!endOfInput) {
                            return NEED_MORE;
                        }
                        throw UNSUPPORTED; // an unclosed quote: Jackson's error to report
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 == limit && !endOfInput) {
                            return NEED_MORE;
                        }
                        if (p + 1 < limit && b[p + 1] == '"') {
                            quotes = true;
                            p += 2;
                            continue;
                        }
                        end = p++;
                        break;
                    }
                    if (c == '\n') {
                        lines++;
                    } else if (c == '\r') {
                        throw UNSUPPORTED;
                    }
                    p++;
                }
                if (p < limit && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
                    throw UNSUPPORTED; // text after the closing quote
                }
            } else {
                start = p;
                while (p < limit) {
                    byte c = b[p];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '"') {
                        throw quotedCells ? UNSUPPORTED : QUOTED_CELL;
                    }
                    p++;
                }
                end = p;
            }
            if (p == limit && !endOfInput) {
                return NEED_MORE;
            }
            starts[cells] = start;
            ends[cells] = end;
            escaped[cells] = quotes;
            cells++;
            if (p == limit) {
                break;
            }
            byte c = b[p];
            if (c == ',') {
                p++;
                continue;
            }
            if (c == '\r') {
                if (p + 1 == limit && !endOfInput) {
                    return NEED_MORE;
                }
                if (p + 1 == limit || b[p + 1] != '\n') {
                    throw UNSUPPORTED;
                }
                p++;
            }
            p++; // the LF
            lines++;
            break;
        }
        cellCount = cells;
        rowLine = startLine;
        position = p;
        line = lines;
        return ROW;
    }

    private void grow() {
        int size = starts.length * 2;
        starts = java.util.Arrays.copyOf(starts, size);
        ends = java.util.Arrays.copyOf(ends, size);
        escaped = java.util.Arrays.copyOf(escaped, size);
    }

    /** Where the next row starts: the offset in the file of a part read in memory. */
    int position() {
        return position;
    }

    /** The 1-based line the next row starts on (after the current row and the blank lines seen). */
    int nextLine() {
        return line;
    }

    /** The 1-based line on which the current row starts. */
    int line() {
        return rowLine;
    }

    int cellCount() {
        return cellCount;
    }

    /** The buffer the current row's cells are in; valid until the next {@link #next()}. */
    byte[] bytes() {
        return buffer;
    }

    int start(int cell) {
        return starts[cell];
    }

    int end(int cell) {
        return ends[cell];
    }

    /** Whether the cell is quoted with {@code ""} inside, so that its bytes are not its text. */
    boolean escaped(int cell) {
        return escaped[cell];
    }

    /** The text of a cell, as Jackson gives it (untrimmed, {@code ""} read as {@code "}). */
    String text(int cell) throws CsvUnsupported {
        return CellText.of(buffer, starts[cell], ends[cell], escaped[cell], utf8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

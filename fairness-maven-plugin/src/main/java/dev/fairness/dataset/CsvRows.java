package dev.fairness.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.fairness.InputException;

import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Streams the rows of a CSV file with a header through Jackson's CSV parser, so that quoting, embedded line
 * breaks, CRLF line ends and a UTF-8 byte order mark are handled by Jackson, not by hand. It adds what error
 * messages need and Jackson does not give: the 1-based line on which each row starts, a column-count check
 * against the header that names both counts, and parse errors rewritten as {@link InputException}s naming the
 * file and line. Blank lines are skipped.
 *
 * <p>Rows are read as plain arrays rather than bound to a header schema: Jackson's
 * {@code FAIL_ON_MISSING_COLUMNS} / too-many-entries {@code CsvReadException}s say neither how many cells the row
 * had nor reliably on which line it started (they report where the parser stopped).
 */
final class CsvRows implements Closeable {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final Path file;
    private final String what;
    private final String fileName;
    private final CsvParser parser;
    private final List<String> cellBuffer = new ArrayList<>();
    private List<String> header;
    private int headerLine;
    private String[] cells;
    private int line;

    private CsvRows(Path file, String what, CsvParser parser) {
        this.file = file;
        this.what = what;
        this.fileName = String.valueOf(file.getFileName());
        this.parser = parser;
    }

    /**
     * Opens the file and reads its header. The caller has checked that the file exists.
     *
     * @param what how messages call the file when it cannot be read, e.g. "test set manifest"
     */
    static CsvRows open(Path file, String what) {
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(in);
            parser.setSchema(CsvSchema.emptySchema());
            CsvRows rows = new CsvRows(file, what, parser);
            rows.readHeader();
            return rows;
        } catch (IOException e) {
            closeQuietly(in);
            throw new InputException(Messages.cannotRead(what, file, String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private void readHeader() throws IOException {
        JsonToken first = parser.nextToken(); // the START_ARRAY that wraps all rows
        if (first != JsonToken.START_ARRAY || !readRow()) {
            header = null;
            return;
        }
        List<String> names = new ArrayList<>(cells.length);
        for (String cell : cells) {
            names.add(cell.trim());
        }
        header = Collections.unmodifiableList(names);
        headerLine = line;
    }

    /** Trimmed column names, or {@code null} when the file has no line at all. */
    List<String> header() {
        return header;
    }

    String fileName() {
        return fileName;
    }

    /**
     * The index of a column in the header.
     *
     * @param parameter the configuration parameter that named the column, for the message, e.g. "<labels>"
     * @throws InputException if the column is missing (listing those that exist) or appears twice
     */
    int column(String name, String parameter) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new InputException(Messages.missingColumn(fileName, headerLine, name, parameter, header));
        }
        int again = header.lastIndexOf(name);
        if (again != index) {
            throw new InputException(Messages.duplicateColumn(fileName, headerLine, name, index + 1, again + 1));
        }
        return index;
    }

    /**
     * Advances to the next data row.
     *
     * @return false at the end of the file
     * @throws InputException on invalid CSV or a row whose cell count differs from the header's
     */
    boolean next() {
        try {
            if (!readRow()) {
                return false;
            }
        } catch (IOException e) {
            throw new InputException(Messages.cannotRead(what, file, String.valueOf(e.getMessage())), e);
        }
        if (cells.length != header.size()) {
            throw new InputException(Messages.raggedRow(fileName, line, header.size(), cells.length));
        }
        return true;
    }

    /** The cells of the current row, untrimmed; as many as header columns. Reused: do not keep. */
    String cell(int column) {
        return cells[column];
    }

    /** The 1-based line on which the current row starts. */
    int line() {
        return line;
    }

    private boolean readRow() throws IOException {
        int fallbackLine = parser.currentLocation().getLineNr();
        line = -1;
        try {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                return false;
            }
            cellBuffer.clear();
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (cellBuffer.isEmpty()) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                cellBuffer.add(parser.getText());
            }
        } catch (JsonProcessingException e) {
            throw new InputException(Messages.invalidCsv(fileName, line > 0 ? line : fallbackLine,
                    e.getOriginalMessage()), e);
        } catch (CharConversionException e) {
            throw new InputException(Messages.notUtf8(fileName, line > 0 ? line : fallbackLine), e);
        }
        if (line < 0) {
            line = fallbackLine;
        }
        cells = cellBuffer.toArray(new String[0]);
        return true;
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // nothing useful to do: the data was read or an error is already being reported
            }
        }
    }
}

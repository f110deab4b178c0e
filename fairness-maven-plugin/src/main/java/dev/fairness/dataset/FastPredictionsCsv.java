package dev.fairness.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import java.util.List;


/**
 * The predictions CSV read from its bytes ({@link CsvByteRows}), with the values {@link PredictionsCsvReader}'s
 * Jackson path gives, to the last bit: the same ids, truths, scores, attribute texts and lines. It gives up
 * ({@code null}) on anything it does not read the same way for certain — a file {@link CsvByteRows} leaves to
 * Jackson, a missing column, a ragged row, any value in error — and the caller then reads the file with the full
 * parser, which reports the error with its file, line and column. Errors therefore cost a second read; valid files
 * cost one pass and no object per number.
 */
final class FastPredictionsCsv {
    private FastPredictionsCsv() {
    }

    /** The predictions, or null when the file must be read by the full parser (see the class comment). */
    static LocatedPredictions readOrNull(Path file, List<String> labels, List<String> attributes) throws IOException {
        try (InputStream in = Files.newInputStream(file); CsvByteRows csv = new CsvByteRows(in)) {
            return read(csv, String.valueOf(file.getFileName()), labels, attributes, Files.size(file));
        } catch (CsvByteRows.Unsupported needsFullParser) {
            return null;
        }
    }

    /** @param bytes the file's size, from which the rows are estimated (arrays then grow once or never) */
    private static LocatedPredictions read(CsvByteRows csv, String name, List<String> labels, List<String> attributes,
                                           long bytes) throws IOException, CsvByteRows.Unsupported {
        if (!csv.next()) {
            return null;
        }
        int width = csv.cellCount();
        String[] header = new String[width];
        for (int c = 0; c < width; c++) {
            header[c] = csv.text(c).trim();
        }
        int idColumn = column(header, PredictionsCsvFormat.ID);
        int labelCount = labels.size();
        int[] truthColumns = new int[labelCount];
        int[] scoreColumns = new int[labelCount];
        for (int l = 0; l < labelCount; l++) {
            truthColumns[l] = column(header, PredictionsCsvFormat.truthColumn(labels.get(l)));
            scoreColumns[l] = column(header, PredictionsCsvFormat.scoreColumn(labels.get(l)));
        }
        int[] attributeColumns = new int[attributes.size()];
        TextCells[] attributeTexts = new TextCells[attributes.size()];
        for (int a = 0; a < attributeColumns.length; a++) {
            attributeColumns[a] = column(header, attributes.get(a));
            attributeTexts[a] = new TextCells();
        }

        // at least 4 bytes a cell: an upper bound of the rows, for files of up to a few million rows
        int capacity = (int) Math.max(1024, Math.min(1 << 22, bytes / (4L * width) + 1));
        int n = 0;
        String[] ids = new String[capacity];
        int[] lines = new int[capacity];
        boolean[][] truth = new boolean[labelCount][capacity];
        double[][] scores = new double[labelCount][capacity];
        String[][] attributeValues = new String[attributeColumns.length][capacity];
        UniqueIds unique = new UniqueIds(capacity);
        while (csv.next()) {
            if (csv.cellCount() != width) {
                throw new CsvByteRows.Unsupported();
            }
            if (n == capacity) {
                capacity *= 2;
                ids = Arrays.copyOf(ids, capacity);
                lines = Arrays.copyOf(lines, capacity);
                for (int l = 0; l < labelCount; l++) {
                    truth[l] = Arrays.copyOf(truth[l], capacity);
                    scores[l] = Arrays.copyOf(scores[l], capacity);
                }
                for (int a = 0; a < attributeValues.length; a++) {
                    attributeValues[a] = Arrays.copyOf(attributeValues[a], capacity);
                }
            }
            String id = SpreadsheetText.restore(csv.text(idColumn).trim());
            if (id.isEmpty()) {
                throw new CsvByteRows.Unsupported();
            }
            ids[n] = id;
            if (!unique.add(ids, n)) {
                throw new CsvByteRows.Unsupported();
            }
            lines[n] = csv.line();
            for (int l = 0; l < labelCount; l++) {
                truth[l][n] = truth(csv, truthColumns[l]);
                scores[l][n] = probability(csv, scoreColumns[l]);
            }
            for (int a = 0; a < attributeColumns.length; a++) {
                attributeValues[a][n] = attributeTexts[a].text(csv, attributeColumns[a]);
            }
            n++;
        }
        if (n == 0) {
            return null;
        }
        return LocatedPredictions.firstRows(n, labels, ids, truth, scores, attributes, attributeValues, name, lines);
    }

    /** The column's index, or give up when it is missing or twice there (the full parser says which). */
    private static int column(String[] header, String name) throws CsvByteRows.Unsupported {
        int found = -1;
        for (int c = 0; c < header.length; c++) {
            if (header[c].equals(name)) {
                if (found >= 0) {
                    throw new CsvByteRows.Unsupported();
                }
                found = c;
            }
        }
        if (found < 0) {
            throw new CsvByteRows.Unsupported();
        }
        return found;
    }

    private static boolean truth(CsvByteRows csv, int column) throws CsvByteRows.Unsupported {
        int start = csv.start(column);
        if (csv.end(column) == start + 1) {
            byte b = csv.bytes()[start];
            if (b == '0' || b == '1') {
                return b == '1';
            }
        }
        Boolean value = TruthValue.parse(csv.text(column));
        if (value == null) {
            throw new CsvByteRows.Unsupported();
        }
        return value;
    }

    /**
     * A score: plain decimals ({@link DecimalBytes}) from the bytes, anything else through the same test and
     * {@link Double#parseDouble} as the full parser.
     */
    private static double probability(CsvByteRows csv, int column) throws CsvByteRows.Unsupported {
        double value = DecimalBytes.parse(csv.bytes(), csv.start(column), csv.end(column));
        if (Double.isNaN(value)) {
            String text = csv.text(column).trim();
            if (!SpreadsheetText.NUMBER.matcher(text).matches()) {
                throw new CsvByteRows.Unsupported();
            }
            value = Double.parseDouble(text);
        }
        if (value >= 0.0 && value <= 1.0) {
            return value;
        }
        throw new CsvByteRows.Unsupported();
    }
}

package dev.fairness.dataset;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of (a part of) a predictions CSV as column arrays, filled one row at a time from the bytes of its
 * cells, with the values the full parser gives; {@link #concat} joins the parts of a file read in parallel in file
 * order. Any cell the full parser might read differently or reject gives up ({@link CsvUnsupported}).
 */
final class PredictionColumns {
    private final PredictionsLayout layout;
    private final TextCells[] attributeTexts;
    private int capacity;
    private int size;
    private String[] ids;
    private int[] idHashes;
    private int[] lines;
    private final boolean[][] truth;
    private final double[][] scores;
    private final String[][] attributeValues;

    /** @param expectedRows about how many rows will be added (the arrays grow past it) */
    PredictionColumns(PredictionsLayout layout, int expectedRows) {
        this.layout = layout;
        this.capacity = Math.max(16, expectedRows);
        this.ids = new String[capacity];
        this.idHashes = new int[capacity];
        this.lines = new int[capacity];
        this.truth = new boolean[layout.labelCount()][capacity];
        this.scores = new double[layout.labelCount()][capacity];
        this.attributeValues = new String[layout.attributeCount()][capacity];
        this.attributeTexts = new TextCells[layout.attributeCount()];
        for (int a = 0; a < attributeTexts.length; a++) {
            attributeTexts[a] = new TextCells();
        }
    }

    /** At least 4 bytes a cell: an upper bound of the rows in {@code bytes} of a file of that width. */
    static int expectedRows(long bytes, int width) {
        return (int) Math.max(16, Math.min(1 << 22, bytes / (4L * width) + 1));
    }

    /** Adds the row {@code csv} stands on, read on {@code line} of the file. */
    void add(CsvByteRows csv, int line) throws CsvUnsupported {
        if (csv.cellCount() != layout.width()) {
            throw new CsvUnsupported();
        }
        if (size == capacity) {
            grow();
        }
        int n = size;
        String id = SpreadsheetText.restore(csv.text(layout.idColumn()).trim());
        if (id.isEmpty()) {
            throw new CsvUnsupported();
        }
        ids[n] = id;
        idHashes[n] = id.hashCode();
        lines[n] = line;
        for (int l = 0; l < truth.length; l++) {
            truth[l][n] = truth(csv, layout.truthColumns()[l]);
            scores[l][n] = probability(csv, layout.scoreColumns()[l]);
        }
        for (int a = 0; a < attributeValues.length; a++) {
            attributeValues[a][n] = attributeTexts[a].text(csv, layout.attributeColumns()[a]);
        }
        size++;
    }

    int size() {
        return size;
    }

    private void grow() {
        capacity *= 2;
        ids = Arrays.copyOf(ids, capacity);
        idHashes = Arrays.copyOf(idHashes, capacity);
        lines = Arrays.copyOf(lines, capacity);
        for (int l = 0; l < truth.length; l++) {
            truth[l] = Arrays.copyOf(truth[l], capacity);
            scores[l] = Arrays.copyOf(scores[l], capacity);
        }
        for (int a = 0; a < attributeValues.length; a++) {
            attributeValues[a] = Arrays.copyOf(attributeValues[a], capacity);
        }
    }

    /**
     * The parts' rows in order, as predictions; null when there are none or an id is repeated (the full parser then
     * reports it).
     *
     * @param lineOffsets per part, the lines of the file before the part's first line
     */
    static LocatedPredictions concat(List<PredictionColumns> parts, int[] lineOffsets, List<String> labels,
                                     List<String> attributes, String fileName, int threads) {
        int n = 0;
        for (PredictionColumns part : parts) {
            n += part.size;
        }
        if (n == 0) {
            return null;
        }
        PredictionsLayout layout = parts.get(0).layout;
        String[] ids = new String[n];
        int[] hashes = new int[n];
        int[] lines = new int[n];
        boolean[][] truth = new boolean[layout.labelCount()][n];
        double[][] scores = new double[layout.labelCount()][n];
        String[][] attributeValues = new String[layout.attributeCount()][n];
        int at = 0;
        for (int k = 0; k < parts.size(); k++) {
            PredictionColumns part = parts.get(k);
            int m = part.size;
            System.arraycopy(part.ids, 0, ids, at, m);
            System.arraycopy(part.idHashes, 0, hashes, at, m);
            for (int r = 0; r < m; r++) {
                lines[at + r] = part.lines[r] + lineOffsets[k];
            }
            for (int l = 0; l < truth.length; l++) {
                System.arraycopy(part.truth[l], 0, truth[l], at, m);
                System.arraycopy(part.scores[l], 0, scores[l], at, m);
            }
            for (int a = 0; a < attributeValues.length; a++) {
                System.arraycopy(part.attributeValues[a], 0, attributeValues[a], at, m);
            }
            at += m;
        }
        if (!UniqueIds.allDistinct(ids, hashes, threads)) {
            return null;
        }
        return LocatedPredictions.firstRows(n, labels, ids, truth, scores, attributes, attributeValues, fileName,
                lines);
    }

    private static boolean truth(CsvByteRows csv, int column) throws CsvUnsupported {
        int start = csv.start(column);
        if (csv.end(column) == start + 1) {
            byte b = csv.bytes()[start];
            if (b == '0' || b == '1') {
                return b == '1';
            }
        }
        Boolean value = TruthValue.parse(csv.text(column));
        if (value == null) {
            throw new CsvUnsupported();
        }
        return value;
    }

    /**
     * A score: plain decimals ({@link DecimalBytes}) from the bytes, anything else through the same test and
     * {@link Double#parseDouble} as the full parser.
     */
    private static double probability(CsvByteRows csv, int column) throws CsvUnsupported {
        double value = DecimalBytes.parse(csv.bytes(), csv.start(column), csv.end(column));
        if (Double.isNaN(value)) {
            String text = csv.text(column).trim();
            if (!SpreadsheetText.NUMBER.matcher(text).matches()) {
                throw new CsvUnsupported();
            }
            value = Double.parseDouble(text);
        }
        if (value >= 0.0 && value <= 1.0) {
            return value;
        }
        throw new CsvUnsupported();
    }
}

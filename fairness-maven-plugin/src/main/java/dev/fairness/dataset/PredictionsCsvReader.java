package dev.fairness.dataset;

import dev.fairness.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a predictions CSV: the plugin's own output, or predictions the user brings from elsewhere (another
 * framework, a vendor) to audit without running a model here. Format, one row per sample:
 * {@code id}, then for each label {@code true_<label>} (0/1, or true/false, yes/no) and {@code score_<label>}
 * (a probability in [0, 1]), then the attribute columns under their own names. Other columns are ignored.
 * Ids and attribute values that the writer neutralised against spreadsheet formulas ({@code '=1+1}) are read
 * back as they were ({@code =1+1}), see {@link SpreadsheetText}.
 * Every problem is an {@link InputException} naming the file, line and column.
 */
public final class PredictionsCsvReader {
    /** A plain decimal number; rejects what {@code Double.parseDouble} would also take (NaN, hex, 1f, 1d). */
    private static final Pattern NUMBER = SpreadsheetText.NUMBER;

    private PredictionsCsvReader() {
    }

    /**
     * @param labels     the labels to read ({@code true_<label>} and {@code score_<label>} must exist)
     * @param attributes the attribute columns to read
     */
    public static Predictions read(Path file, List<String> labels, List<String> attributes) {
        return readLocated(file, labels, attributes).predictions();
    }

    /** {@link #read}, with the line each row starts on, for messages about rows. */
    public static LocatedPredictions readLocated(Path file, List<String> labels, List<String> attributes) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new InputException(Messages.predictionsIsADirectory(absolute));
        }
        if (!Files.isRegularFile(absolute)) {
            throw new InputException(Messages.predictionsNotFound(absolute));
        }
        LocatedPredictions fast = readFast(absolute, labels, attributes);
        return fast != null ? fast : readWithFullParser(absolute, labels, attributes);
    }

    /** The byte-level read of the common file shape, or null to leave the file to the full parser. */
    private static LocatedPredictions readFast(Path file, List<String> labels, List<String> attributes) {
        try {
            return FastPredictionsCsv.readOrNull(file, labels, attributes);
        } catch (java.io.IOException unreadable) {
            return null; // the full parser reports it with its message
        }
    }

    /**
     * Jackson's read: every file the fast read gives up on, and the source of every message about the file's
     * content (file, line, column). Kept as the reference the fast read is tested against.
     */
    static LocatedPredictions readWithFullParser(Path absolute, List<String> labels, List<String> attributes) {
        try (CsvRows csv = CsvRows.open(absolute, "predictions file")) {
            String name = csv.fileName();
            if (csv.header() == null) {
                throw new InputException(Messages.predictionsEmpty(name));
            }
            int idColumn = csv.column(PredictionsCsvFormat.ID, null);
            int[] truthColumns = new int[labels.size()];
            int[] scoreColumns = new int[labels.size()];
            for (int l = 0; l < labels.size(); l++) {
                truthColumns[l] = csv.column(PredictionsCsvFormat.truthColumn(labels.get(l)), "<labels>");
                scoreColumns[l] = csv.column(PredictionsCsvFormat.scoreColumn(labels.get(l)), "<labels>");
            }
            int[] attributeColumns = new int[attributes.size()];
            for (int a = 0; a < attributes.size(); a++) {
                attributeColumns[a] = csv.column(attributes.get(a), "<attributes>");
            }

            int capacity = 1024;
            int n = 0;
            String[] ids = new String[capacity];
            int[] lines = new int[capacity];
            boolean[][] truth = new boolean[labels.size()][capacity];
            double[][] scores = new double[labels.size()][capacity];
            String[][] attributeValues = new String[attributes.size()][capacity];
            Map<String, Integer> lineOfId = new HashMap<>();
            while (csv.next()) {
                if (n == capacity) {
                    capacity *= 2;
                    ids = Arrays.copyOf(ids, capacity);
                    lines = Arrays.copyOf(lines, capacity);
                    for (int l = 0; l < labels.size(); l++) {
                        truth[l] = Arrays.copyOf(truth[l], capacity);
                        scores[l] = Arrays.copyOf(scores[l], capacity);
                    }
                    for (int a = 0; a < attributeValues.length; a++) {
                        attributeValues[a] = Arrays.copyOf(attributeValues[a], capacity);
                    }
                }
                int line = csv.line();
                String id = SpreadsheetText.restore(csv.cell(idColumn).trim());
                if (id.isEmpty()) {
                    throw new InputException(Messages.emptyId(name, line, PredictionsCsvFormat.ID));
                }
                Integer firstLine = lineOfId.putIfAbsent(id, line);
                if (firstLine != null) {
                    throw new InputException(Messages.duplicatePredictionId(name, line, id, firstLine));
                }
                ids[n] = id;
                lines[n] = line;
                for (int l = 0; l < labels.size(); l++) {
                    String cell = csv.cell(truthColumns[l]);
                    Boolean value = TruthValue.parse(cell);
                    if (value == null) {
                        throw new InputException(Messages.notZeroOrOne(name, line,
                                PredictionsCsvFormat.truthColumn(labels.get(l)), cell));
                    }
                    truth[l][n] = value;
                    scores[l][n] = probability(csv.cell(scoreColumns[l]), name, line,
                            PredictionsCsvFormat.scoreColumn(labels.get(l)));
                }
                for (int a = 0; a < attributeColumns.length; a++) {
                    attributeValues[a][n] = SpreadsheetText.restore(csv.cell(attributeColumns[a]));
                }
                n++;
            }
            if (n == 0) {
                throw new InputException(Messages.predictionsWithoutRows(name));
            }
            return LocatedPredictions.firstRows(n, labels, ids, truth, scores, attributes, attributeValues, name,
                    lines);
        }
    }

    private static double probability(String cell, String fileName, int line, String column) {
        String text = cell.trim();
        if (NUMBER.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            if (value >= 0.0 && value <= 1.0) {
                return value;
            }
        }
        throw new InputException(Messages.notAProbability(fileName, line, column, cell));
    }
}

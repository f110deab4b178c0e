package dev.fairness.dataset;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.fairness.output.AtomicFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Writes a {@link Predictions} table as CSV (see {@link PredictionsCsvReader} for the format), the plugin's record
 * of what the model said about each sample. The file is written atomically ({@link AtomicFile}), so a reader (or a
 * later cached build) never sees half a file.
 * Scores are written with {@link Double#toString(double)}, which reads back to the identical {@code double}.
 * Text cells (ids, attribute values) that a spreadsheet would run as a formula are neutralised
 * ({@link SpreadsheetText}); the reader undoes it.
 */
public final class PredictionsCsvWriter {
    private static final CsvMapper MAPPER = new CsvMapper();

    private PredictionsCsvWriter() {
    }

    /**
     * @throws IOException              if the folder cannot be created or the file cannot be written or moved
     * @throws IllegalArgumentException if two columns would get the same name (e.g. an attribute named {@code id})
     */
    public static void write(Predictions predictions, Path file) throws IOException {
        List<String> columns = columns(predictions);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);

        AtomicFile.write(file, stream -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                 SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(out)) {
                writeRows(predictions, rows, columns.size());
            }
        });
    }

    private static List<String> columns(Predictions predictions) {
        List<String> columns = new ArrayList<>();
        columns.add(PredictionsCsvFormat.ID);
        for (String label : predictions.labels()) {
            columns.add(PredictionsCsvFormat.truthColumn(label));
            columns.add(PredictionsCsvFormat.scoreColumn(label));
        }
        columns.addAll(predictions.attributeNames());
        HashSet<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                throw new IllegalArgumentException("two predictions columns would be named '" + column
                        + "'; rename the attribute or label");
            }
        }
        return columns;
    }

    private static void writeRows(Predictions predictions, SequenceWriter rows, int width) throws IOException {
        int labels = predictions.labels().size();
        List<String> attributes = predictions.attributeNames();
        String[][] attributeValues = new String[attributes.size()][];
        for (int a = 0; a < attributeValues.length; a++) {
            attributeValues[a] = predictions.attribute(attributes.get(a));
        }
        String[] cells = new String[width];
        for (int r = 0; r < predictions.size(); r++) {
            int c = 0;
            cells[c++] = SpreadsheetText.neutralise(predictions.id(r));
            for (int l = 0; l < labels; l++) {
                cells[c++] = predictions.truth(l)[r] ? "1" : "0";
                cells[c++] = Double.toString(predictions.scores(l)[r]);
            }
            for (String[] values : attributeValues) {
                cells[c++] = values[r] == null ? "" : SpreadsheetText.neutralise(values[r]);
            }
            rows.write(cells);
        }
    }
}

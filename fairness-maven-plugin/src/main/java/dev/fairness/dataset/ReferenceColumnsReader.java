package dev.fairness.dataset;

import dev.fairness.InputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reference score columns of a manifest row by row, in the manifest's one pass: a missing column or a
 * cell that is not a probability fails before any image is decoded, naming the file, line and column.
 */
final class ReferenceColumnsReader {
    private final List<String> names;
    private final int[] columns;
    private final List<double[]> rows = new ArrayList<>();

    private ReferenceColumnsReader(List<String> names, int[] columns) {
        this.names = names;
        this.columns = columns;
    }

    /** Finds the columns in the header; none configured reads nothing. */
    static ReferenceColumnsReader bind(List<String> names, CsvRows csv) {
        int[] columns = new int[names.size()];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = csv.column(names.get(k), "<referenceColumnPrefix>");
        }
        return new ReferenceColumnsReader(names, columns);
    }

    void read(CsvRows csv, String fileName, int line) {
        if (columns.length == 0) {
            return;
        }
        double[] row = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            String cell = csv.cell(columns[k]).trim();
            // plain decimals only, as in predictions CSVs: not NaN, hex or 1f
            row[k] = SpreadsheetText.NUMBER.matcher(cell).matches() ? Double.parseDouble(cell) : Double.NaN;
            if (!(row[k] >= 0 && row[k] <= 1)) {
                throw new InputException(Messages.notAReferenceScore(fileName, line, names.get(k), cell));
            }
        }
        rows.add(row);
    }

    /** The values read, {@code [label][row]}; null when no column was configured. */
    ReferenceScores scores() {
        if (columns.length == 0) {
            return null;
        }
        double[][] values = new double[columns.length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < columns.length; k++) {
                values[k][r] = rows.get(r)[k];
            }
        }
        return new ReferenceScores(names, values);
    }
}

package dev.fairness.dataset;

import java.util.List;

/**
 * Where a predictions CSV has the columns a read needs, from its header: the id, each label's truth and score,
 * each attribute. The fast read gives up ({@link CsvUnsupported}) when one is missing or twice there; the
 * full parser then says which.
 */
record PredictionsLayout(int width, int idColumn, int[] truthColumns, int[] scoreColumns, int[] attributeColumns) {

    /** The layout of the header row {@code csv} stands on. */
    static PredictionsLayout of(CsvByteRows csv, List<String> labels, List<String> attributes)
            throws CsvUnsupported {
        int width = csv.cellCount();
        String[] header = new String[width];
        for (int c = 0; c < width; c++) {
            header[c] = csv.text(c).trim();
        }
        int[] truthColumns = new int[labels.size()];
        int[] scoreColumns = new int[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            truthColumns[l] = column(header, PredictionsCsvFormat.truthColumn(labels.get(l)));
            scoreColumns[l] = column(header, PredictionsCsvFormat.scoreColumn(labels.get(l)));
        }
        int[] attributeColumns = new int[attributes.size()];
        for (int a = 0; a < attributeColumns.length; a++) {
            attributeColumns[a] = column(header, attributes.get(a));
        }
        return new PredictionsLayout(width, column(header, PredictionsCsvFormat.ID), truthColumns, scoreColumns,
                attributeColumns);
    }

    int labelCount() {
        return truthColumns.length;
    }

    int attributeCount() {
        return attributeColumns.length;
    }

    private static int column(String[] header, String name) throws CsvUnsupported {
        int found = -1;
        for (int c = 0; c < header.length; c++) {
            if (header[c].equals(name)) {
                if (found >= 0) {
                    throw new CsvUnsupported();
                }
                found = c;
            }
        }
        if (found < 0) {
            throw new CsvUnsupported();
        }
        return found;
    }
}

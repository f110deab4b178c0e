package dev.fairness.dataset;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predictions read from a CSV file, with the line each row starts on: messages about a row (a value that does not
 * fit its bins, a row left out of a grouping) name the line the user sees, also after blank lines or quoted line
 * breaks.
 *
 * @param lines the 1-based line each row starts on, one per row
 */
public record LocatedPredictions(Predictions predictions, String fileName, RowLines lines) {
    public LocatedPredictions {
        if (lines.size() != predictions.size()) {
            throw new IllegalArgumentException("one line per row: " + lines.size() + " lines, " + predictions.size()
                    + " rows");
        }
    }

    /**
     * The first {@code n} rows of the column arrays a reader filled (sized for more rows than the file had).
     *
     * @param attributeValues one array per attribute, in the order of {@code attributes}
     */
    static LocatedPredictions firstRows(int n, List<String> labels, String[] ids, boolean[][] truth, double[][] scores,
                                        List<String> attributes, String[][] attributeValues, String fileName,
                                        int[] lines) {
        for (int l = 0; l < labels.size(); l++) {
            truth[l] = first(truth[l], n);
            scores[l] = first(scores[l], n);
        }
        Map<String, String[]> attributeMap = new LinkedHashMap<>();
        for (int a = 0; a < attributes.size(); a++) {
            attributeMap.put(attributes.get(a), first(attributeValues[a], n));
        }
        return new LocatedPredictions(new Predictions(labels, first(ids, n), truth, scores, attributeMap),
                fileName, RowLines.of(first(lines, n)));
    }

    // the array itself when it has n elements: no copy of arrays that are the right size already
    private static boolean[] first(boolean[] values, int n) {
        return values.length == n ? values : Arrays.copyOf(values, n);
    }

    private static double[] first(double[] values, int n) {
        return values.length == n ? values : Arrays.copyOf(values, n);
    }

    private static int[] first(int[] values, int n) {
        return values.length == n ? values : Arrays.copyOf(values, n);
    }

    private static String[] first(String[] values, int n) {
        return values.length == n ? values : Arrays.copyOf(values, n);
    }

    /** Where a row is: {@code predictions.csv, line 7}. */
    public String location(int row) {
        return Messages.at(fileName, lines.line(row));
    }
}

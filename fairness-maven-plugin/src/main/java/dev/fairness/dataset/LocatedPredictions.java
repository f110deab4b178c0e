package dev.fairness.dataset;

/**
 * Predictions read from a CSV file, with the line each row starts on: messages about a row (a value that does not
 * fit its bins, a row left out of a grouping) name the line the user sees, also after blank lines or quoted line
 * breaks.
 *
 * @param lines the 1-based line each row starts on, one per row
 */
public record LocatedPredictions(Predictions predictions, String fileName, int[] lines) {
    public LocatedPredictions {
        if (lines.length != predictions.size()) {
            throw new IllegalArgumentException("one line per row: " + lines.length + " lines, " + predictions.size()
                    + " rows");
        }
    }

    /** Where a row is: {@code predictions.csv, line 7}. */
    public String location(int row) {
        return Messages.at(fileName, lines[row]);
    }
}

package dev.fairness.dataset;

/**
 * The column names of a predictions CSV, shared by its writer and reader: {@code id}, then
 * {@code true_<label>} and {@code score_<label>} for each label, then each attribute under its own name.
 */
final class PredictionsCsvFormat {
    static final String ID = "id";
    static final String TRUE_PREFIX = "true_";
    static final String SCORE_PREFIX = "score_";

    private PredictionsCsvFormat() {
    }

    static String truthColumn(String label) {
        return TRUE_PREFIX + label;
    }

    static String scoreColumn(String label) {
        return SCORE_PREFIX + label;
    }
}

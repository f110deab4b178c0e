package dev.fairness.dataset;

import java.util.List;
import java.util.Objects;

/**
 * The scores the training framework computed for each test image, read from the manifest (one column per label):
 * what the plugin's own scores are compared with to show that the exported model and the plugin's preprocessing
 * reproduce the trained model.
 *
 * @param columns the manifest column of each label, in label order
 * @param values  {@code values[label][row]}, in the manifest's row order; every value is in [0, 1]
 */
public record ReferenceScores(List<String> columns, double[][] values) {
    public ReferenceScores {
        columns = List.copyOf(columns);
        Objects.requireNonNull(values, "values");
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " columns but " + values.length + " value arrays");
        }
    }
}

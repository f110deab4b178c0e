package dev.fairness.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The table every stage after inference works on: one row per sample with its id, its true label for each
 * label (finding), the model's score (a probability in [0, 1]) for each label, and its raw attribute values.
 * Columnar and label-major ({@code truth[label][row]}) so that metrics scan contiguous arrays.
 */
public final class Predictions {
    private final List<String> labels;
    private final String[] ids;
    private final boolean[][] truth;
    private final double[][] scores;
    private final Map<String, String[]> attributes;

    public Predictions(List<String> labels, String[] ids, boolean[][] truth, double[][] scores,
                       Map<String, String[]> attributes) {
        this.labels = List.copyOf(labels);
        this.ids = Objects.requireNonNull(ids, "ids");
        this.truth = Objects.requireNonNull(truth, "truth");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        if (truth.length != labels.size() || scores.length != labels.size()) {
            throw new IllegalArgumentException("truth and scores need one column per label");
        }
        for (int l = 0; l < labels.size(); l++) {
            if (truth[l].length != ids.length || scores[l].length != ids.length) {
                throw new IllegalArgumentException("label '" + labels.get(l) + "' does not have one value per row");
            }
        }
        for (Map.Entry<String, String[]> e : this.attributes.entrySet()) {
            if (e.getValue().length != ids.length) {
                throw new IllegalArgumentException("attribute '" + e.getKey() + "' does not have one value per row");
            }
        }
    }

    public List<String> labels() {
        return labels;
    }

    public int size() {
        return ids.length;
    }

    public String id(int row) {
        return ids[row];
    }

    /** True labels of one label, one per row. Not copied: do not modify. */
    public boolean[] truth(int label) {
        return truth[label];
    }

    /** Scores of one label, one per row. Not copied: do not modify. */
    public double[] scores(int label) {
        return scores[label];
    }

    /** Attribute names in manifest order. */
    public List<String> attributeNames() {
        return List.copyOf(attributes.keySet());
    }

    /** Raw values of one attribute, one per row (empty string when the manifest cell was empty). */
    public String[] attribute(String name) {
        String[] values = attributes.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no attribute '" + name + "'");
        }
        return values;
    }
}

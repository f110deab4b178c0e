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
    private final RowIds ids;
    private final boolean[][] truth;
    private final double[][] scores;
    private final Map<String, AttributeColumn> attributes;

    public Predictions(List<String> labels, String[] ids, boolean[][] truth, double[][] scores,
                       Map<String, String[]> attributes) {
        this(labels, RowIds.of(Objects.requireNonNull(ids, "ids")), truth, scores, columns(attributes));
    }

    /** Predictions whose ids and attribute values are kept as a reader found them (byte ranges, codes). */
    public Predictions(List<String> labels, RowIds ids, boolean[][] truth, double[][] scores,
                       Map<String, AttributeColumn> attributes) {
        this.labels = List.copyOf(labels);
        this.ids = Objects.requireNonNull(ids, "ids");
        this.truth = Objects.requireNonNull(truth, "truth");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        int rows = ids.size();
        if (truth.length != labels.size() || scores.length != labels.size()) {
            throw new IllegalArgumentException("truth and scores need one column per label");
        }
        for (int l = 0; l < labels.size(); l++) {
            if (truth[l].length != rows || scores[l].length != rows) {
                throw new IllegalArgumentException("label '" + labels.get(l) + "' does not have one value per row");
            }
        }
        for (Map.Entry<String, AttributeColumn> e : this.attributes.entrySet()) {
            if (e.getValue().size() != rows) {
                throw new IllegalArgumentException("attribute '" + e.getKey() + "' does not have one value per row");
            }
        }
    }

    public List<String> labels() {
        return labels;
    }

    public int size() {
        return ids.size();
    }

    public String id(int row) {
        return ids.id(row);
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
        return attributeColumn(name).texts();
    }

    /** One attribute's values as codes into its distinct texts, which the groupings are built from. */
    public AttributeColumn attributeColumn(String name) {
        AttributeColumn column = attributes.get(name);
        if (column == null) {
            throw new IllegalArgumentException("no attribute '" + name + "'");
        }
        return column;
    }

    private static Map<String, AttributeColumn> columns(Map<String, String[]> texts) {
        Map<String, AttributeColumn> columns = new LinkedHashMap<>();
        texts.forEach((name, values) -> columns.put(name, AttributeColumn.ofTexts(values)));
        return columns;
    }
}

package dev.fairness.dataset;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated test set: every row has a unique id, an existing image inside the image root ({@link ImageRoot}), a true value
 * for every label and a raw value for every attribute. Inference walks {@link #rows()}, then
 * {@link #toPredictions(double[][])} joins the scores back to the truth and attributes.
 *
 * @param file           the manifest file, absolute
 * @param labels         the binary labels, in order
 * @param attributeNames the attribute columns, in configured order
 * @param rows           the rows, in file order
 * @param reference      the training framework's scores of the rows, or null when none were read
 */
public record Manifest(Path file, List<String> labels, List<String> attributeNames, List<ManifestRow> rows,
                       ReferenceScores reference) {
    public Manifest {
        Objects.requireNonNull(file, "file");
        labels = List.copyOf(labels);
        attributeNames = List.copyOf(attributeNames);
        rows = List.copyOf(rows);
    }

    /** A manifest without reference scores. */
    public Manifest(Path file, List<String> labels, List<String> attributeNames, List<ManifestRow> rows) {
        this(file, labels, attributeNames, rows, null);
    }

    public int size() {
        return rows.size();
    }

    public ManifestRow row(int index) {
        return rows.get(index);
    }

    /** Where a row is, for messages about it (e.g. an image that does not decode): {@code manifest.csv, line 7}. */
    public String location(int index) {
        return Messages.at(String.valueOf(file.getFileName()), rows.get(index).line());
    }

    /**
     * The predictions table for these rows.
     *
     * @param scores {@code scores[label][row]}, one array per label of {@link #labels()}, one score per row
     */
    public Predictions toPredictions(double[][] scores) {
        int n = rows.size();
        String[] ids = new String[n];
        boolean[][] truth = new boolean[labels.size()][n];
        Map<String, String[]> attributes = new LinkedHashMap<>();
        for (String name : attributeNames) {
            attributes.put(name, new String[n]);
        }
        for (int r = 0; r < n; r++) {
            ManifestRow row = rows.get(r);
            ids[r] = row.id();
            for (int l = 0; l < truth.length; l++) {
                truth[l][r] = row.truth().get(l);
            }
            for (int a = 0; a < attributeNames.size(); a++) {
                attributes.get(attributeNames.get(a))[r] = row.attributes().get(a);
            }
        }
        return new Predictions(labels, ids, truth, scores, attributes);
    }
}

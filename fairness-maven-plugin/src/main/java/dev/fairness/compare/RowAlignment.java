package dev.fairness.compare;

import dev.fairness.InputException;
import dev.fairness.LogText;
import dev.fairness.dataset.Predictions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches another model's rows to the test set's by id, so that a paired comparison compares each image with
 * itself. The other side must hold exactly the test set's ids, each once, with the same labels: a comparison on
 * different images or different truth would measure the data, not the models, so any mismatch is an error that
 * says how many ids differ and names the first ones.
 */
final class RowAlignment {
    private static final int EXAMPLES = 3;

    private RowAlignment() {
    }

    /**
     * For every row of {@code reference}, the row of {@code other} with the same id.
     *
     * @param otherName how messages name the other side, e.g. {@code the baseline predictions base.csv}
     * @param hint      what to do about a mismatch
     * @throws InputException on duplicate ids, ids missing on either side, or a label that differs
     */
    static int[] rows(Predictions reference, Predictions other, String otherName, String hint) {
        Map<String, Integer> otherRows = new HashMap<>();
        for (int row = 0; row < other.size(); row++) {
            if (otherRows.put(other.id(row), row) != null) {
                throw new InputException(capitalised(otherName) + " lists id '" + LogText.escape(other.id(row))
                        + "' twice. Each image must appear once. " + hint);
            }
        }
        int[] rows = new int[reference.size()];
        List<String> missing = new ArrayList<>();
        Set<String> referenceIds = new HashSet<>();
        for (int row = 0; row < reference.size(); row++) {
            String id = reference.id(row);
            referenceIds.add(id);
            Integer match = otherRows.get(id);
            if (match == null) {
                missing.add(id);
                rows[row] = -1;
            } else {
                rows[row] = match;
            }
        }
        List<String> extra = new ArrayList<>();
        for (int row = 0; row < other.size(); row++) {
            if (!referenceIds.contains(other.id(row))) {
                extra.add(other.id(row));
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new InputException(capitalised(otherName) + " do not cover the same images as the test set: "
                    + missing.size() + " of the test set's " + reference.size() + " ids are missing there"
                    + examples(missing) + ", and " + extra.size() + " of its " + other.size()
                    + " ids are not in the test set" + examples(extra) + ". " + hint);
        }
        checkTruth(reference, other, rows, otherName, hint);
        return rows;
    }

    private static void checkTruth(Predictions reference, Predictions other, int[] rows, String otherName,
                                   String hint) {
        if (!reference.labels().equals(other.labels())) {
            throw new InputException(capitalised(otherName) + " have the labels " + other.labels()
                    + ", the test set " + reference.labels() + ". " + hint);
        }
        for (int l = 0; l < reference.labels().size(); l++) {
            boolean[] truth = reference.truth(l);
            boolean[] otherTruth = other.truth(l);
            int differing = 0;
            int first = -1;
            for (int row = 0; row < rows.length; row++) {
                if (truth[row] != otherTruth[rows[row]]) {
                    differing++;
                    first = first < 0 ? row : first;
                }
            }
            if (differing > 0) {
                throw new InputException(capitalised(otherName) + " disagree with the test set on label '"
                        + LogText.escape(reference.labels().get(l)) + "' of " + differing + " image"
                        + (differing == 1 ? "" : "s") + " (first: id '" + LogText.escape(reference.id(first))
                        + "' is " + (truth[first] ? 1 : 0) + " in the test set, " + (truth[first] ? 0 : 1)
                        + " there). " + hint);
            }
        }
    }

    /** The other model's scores of one label in the reference's row order. */
    static double[] scores(Predictions other, int label, int[] rows) {
        double[] scores = other.scores(label);
        double[] aligned = new double[rows.length];
        for (int row = 0; row < rows.length; row++) {
            aligned[row] = scores[rows[row]];
        }
        return aligned;
    }

    private static String examples(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> shown = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(EXAMPLES, ids.size()))) {
            shown.add("'" + LogText.escape(id) + "'");
        }
        return " (" + (ids.size() > EXAMPLES ? "first: " : "") + String.join(", ", shown) + ")";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

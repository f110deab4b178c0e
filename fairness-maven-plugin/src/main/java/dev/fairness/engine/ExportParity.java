package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.Predictions;
import dev.fairness.dataset.ReferenceScores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Export parity: the plugin's score of every test image against the score the training framework computed for it
 * (the manifest's reference columns). Logs the mean and largest difference per label; beyond the tolerance it
 * lists the images that differ most and fails. Such scores come from another function than the trained model's
 * (preprocessing that differs from training, an export in training mode), so no metric or verdict is computed
 * from them: the failure is a user error, not a rule violation that {@code failOnViolation=false} could let pass.
 */
final class ExportParity {
    static final int WORST_IMAGES = 5;

    private ExportParity() {
    }

    /**
     * @param location where a row is, for messages ({@code manifest.csv, line 7})
     * @throws InputException when a label's scores differ by more than the tolerance
     */
    static List<LabelParity> check(ReferenceScores reference, Predictions predictions, IntFunction<String> location,
                                   double tolerance, EvaluationLog log) {
        List<LabelParity> labels = new ArrayList<>();
        for (int k = 0; k < predictions.labels().size(); k++) {
            labels.add(compare(predictions.labels().get(k), reference.columns().get(k), reference.values()[k],
                    predictions.scores(k), predictions, location, tolerance));
        }
        List<LabelParity> failed = new ArrayList<>();
        for (LabelParity p : labels) {
            if (p.passed()) {
                log.info(summary(p) + ", within <referenceTolerance> " + number(p.tolerance()) + ".");
            } else {
                failed.add(p);
                log.warn(summary(p) + ": " + p.beyond() + " of " + p.images() + " images differ by more than "
                        + "<referenceTolerance> " + number(p.tolerance()) + ". The images that differ most:");
                for (LabelParity.Image image : p.worst()) {
                    log.warn("  " + image.location() + " (id " + image.id() + "): reference "
                            + String.format(Locale.ROOT, "%.6f", image.reference()) + ", plugin "
                            + String.format(Locale.ROOT, "%.6f", image.computed()) + ", difference "
                            + number(image.difference()));
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new InputException(failure(failed));
        }
        return labels;
    }

    private static LabelParity compare(String label, String column, double[] reference, double[] computed,
                                       Predictions predictions, IntFunction<String> location, double tolerance) {
        int n = computed.length;
        double[] difference = new double[n];
        double sum = 0;
        int beyond = 0;
        for (int r = 0; r < n; r++) {
            difference[r] = Math.abs(computed[r] - reference[r]);
            sum += difference[r];
            beyond += difference[r] <= tolerance ? 0 : 1; // NaN is beyond
        }
        // NaN sorts first: a score that is not a number is the worst difference there is
        List<Integer> order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer r) -> Double.isNaN(difference[r]) ? Double.POSITIVE_INFINITY
                        : difference[r]).reversed().thenComparingInt(r -> r))
                .limit(WORST_IMAGES).toList();
        List<LabelParity.Image> worst = new ArrayList<>();
        for (int r : order) {
            worst.add(new LabelParity.Image(predictions.id(r), location.apply(r), reference[r], computed[r],
                    difference[r]));
        }
        double max = worst.isEmpty() ? 0 : worst.get(0).difference();
        return new LabelParity(label, column, n, n == 0 ? 0 : sum / n, max, tolerance, beyond, worst);
    }

    /** {@code Export parity of Effusion (column 'reference_Effusion', 200 images): mean |difference| ...}. */
    private static String summary(LabelParity p) {
        LabelParity.Image largest = p.worst().get(0);
        return "Export parity of " + p.label() + " (column '" + p.column() + "', " + p.images() + " images): mean "
                + "|difference| " + number(p.mean()) + ", largest " + number(p.max()) + " (" + largest.location()
                + ", id " + largest.id() + ")";
    }

    private static String failure(List<LabelParity> failed) {
        StringBuilder text = new StringBuilder("Export parity failed: ");
        for (int i = 0; i < failed.size(); i++) {
            LabelParity p = failed.get(i);
            text.append(i == 0 ? "" : "; ").append("the plugin's scores of ").append(p.label())
                    .append(" differ from column '").append(p.column()).append("' by up to ").append(number(p.max()))
                    .append(" (").append(p.worst().get(0).location()).append(")");
        }
        return text.append(", beyond <referenceTolerance> ").append(number(failed.get(0).tolerance()))
                .append(" (the images that differ most are listed above). The plugin does not reproduce the trained"
                        + " model's scores, so no metric is computed from them. Check <preprocessing> (<mean>/<std>,"
                        + " channel order, size and resize) against the training code, and export the model in"
                        + " evaluation mode (model.eval() before exporting); raise <referenceTolerance> only if"
                        + " differences this large are expected.")
                .toString();
    }

    /** Differences span 1e-9 to 1: two significant digits in scientific notation, {@code 6.0e-08}. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1e", value);
    }
}

package dev.fairness.engine;

import dev.fairness.dataset.Predictions;
import dev.fairness.metrics.OperatingPointSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds labels whose scores on the test set cannot separate anything: all equal, or all on one side of a fixed
 * threshold. Every rate by group is then the same (all 0 or all 1), so a gap rule passes while saying nothing about
 * the model; this is what a model produces when its images reach it differently from training, silently otherwise.
 */
final class DegenerateScores {
    /** Scores closer than this count as equal (float32 noise of a constant output is far smaller than a real spread). */
    static final double EQUAL = 1e-12;
    private static final String CAUSE = " This is what a model produces when its images are prepared differently "
            + "from training (a forgotten <mean>/<std> in <preprocessing>, a wrong channel order) or when it was "
            + "exported in training mode.";

    private DegenerateScores() {
    }

    /** One warning per degenerate label, in label order; thresholds chosen on the data are not judged. */
    static List<String> warnings(Predictions predictions, EvaluationSpec spec) {
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < predictions.labels().size(); k++) {
            String label = predictions.labels().get(k);
            String warning = warning(label, predictions.scores(k), spec.operatingPointOf(label));
            if (warning != null) {
                warnings.add(warning);
            }
        }
        return warnings;
    }

    private static String warning(String label, double[] scores, OperatingPointSpec operatingPoint) {
        if (scores.length == 0) {
            return null;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        String start = "Degenerate scores for " + label + ": ";
        if (max - min <= EQUAL) {
            return start + "all " + scores.length + " images have the same score " + score(min) + " (within 1e-12), "
                    + "so the model's output does not depend on the image." + CAUSE + " Compare <preprocessing> with "
                    + "the training code; a reference score column (<referenceColumnPrefix>) checks it image by image.";
        }
        if (!operatingPoint.isFixed()) {
            return null;
        }
        double threshold = operatingPoint.threshold();
        String side;
        if (min >= threshold) {
            side = "at or above the threshold " + String.format(Locale.ROOT, "%.3f", threshold) + " (scores "
                    + score(min) + " to " + score(max) + "), so every image is predicted positive";
        } else if (max < threshold) {
            side = "below the threshold " + String.format(Locale.ROOT, "%.3f", threshold) + " (scores " + score(min)
                    + " to " + score(max) + "), so every image is predicted negative";
        } else {
            return null;
        }
        return start + "all " + scores.length + " images score " + side + " and the rates by group say nothing about "
                + "the model." + CAUSE + " Compare <preprocessing> with the training code (a reference score column, "
                + "<referenceColumnPrefix>, checks it image by image), or set this label's threshold if it lies "
                + "outside the model's score range.";
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}

package dev.fairness.metrics;

import java.util.Objects;

/**
 * A label's operating threshold and how it was set. For a chosen threshold, the TPR and FPR it has on the set
 * it was chosen on are kept, so that the report can show why it was chosen.
 *
 * @param spec      how it was set
 * @param threshold predicted positive iff {@code score >= threshold}
 * @param chosenOn  the set it was chosen on ({@code test set}, {@code validation set}), or null when fixed
 * @param tpr       TPR on that set at the threshold, NaN when fixed
 * @param fpr       FPR on that set at the threshold, NaN when fixed (or when that set has no negatives)
 */
public record OperatingPoint(OperatingPointSpec spec, double threshold, String chosenOn, double tpr, double fpr) {
    public static final String TEST_SET = "test set";
    public static final String VALIDATION_SET = "validation set";

    public OperatingPoint {
        Objects.requireNonNull(spec, "spec");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        if (spec.isFixed() != (chosenOn == null)) {
            throw new IllegalArgumentException("only a chosen threshold names the set it was chosen on");
        }
    }

    public static OperatingPoint fixed(double threshold) {
        return new OperatingPoint(OperatingPointSpec.fixed(threshold), threshold, null, Double.NaN, Double.NaN);
    }

    public ThresholdMethod method() {
        return spec.method();
    }

    public boolean isChosen() {
        return !spec.isFixed();
    }
}

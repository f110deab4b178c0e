package dev.fairness.metrics;

import java.util.Locale;
import java.util.Objects;

/**
 * How one label's threshold is set: a fixed value, or a method that chooses it (with a target rate for
 * {@link ThresholdMethod#TARGET_FPR} and {@link ThresholdMethod#TARGET_TPR}).
 *
 * @param method     how
 * @param threshold  the threshold for {@link ThresholdMethod#FIXED}, else null
 * @param targetRate the target for the target methods, strictly between 0 and 1, else null
 */
public record OperatingPointSpec(ThresholdMethod method, Double threshold, Double targetRate) {

    public OperatingPointSpec {
        Objects.requireNonNull(method, "method");
        if (method == ThresholdMethod.FIXED) {
            if (threshold == null || Double.isNaN(threshold)) {
                throw new IllegalArgumentException("a fixed operating point needs a threshold");
            }
        } else if (threshold != null) {
            throw new IllegalArgumentException("a threshold is chosen by " + method.id() + ", none may be given");
        }
        if (method.needsTarget()) {
            if (targetRate == null || !(targetRate > 0 && targetRate < 1)) {
                throw new IllegalArgumentException(method.id() + " needs a target rate strictly between 0 and 1, got "
                        + targetRate);
            }
        } else if (targetRate != null) {
            throw new IllegalArgumentException(method.id() + " takes no target rate");
        }
    }

    public static OperatingPointSpec fixed(double threshold) {
        return new OperatingPointSpec(ThresholdMethod.FIXED, threshold, null);
    }

    public static OperatingPointSpec chosen(ThresholdMethod method, Double targetRate) {
        return new OperatingPointSpec(method, null, method.needsTarget() ? targetRate : null);
    }

    public boolean isFixed() {
        return method == ThresholdMethod.FIXED;
    }

    /** {@code Youden's J}, {@code maximal F1}, {@code target FPR 0.200}. */
    public String describe() {
        return method.needsTarget()
                ? method.displayName() + " " + String.format(Locale.ROOT, "%.3f", targetRate)
                : method.displayName();
    }
}

package dev.fairness.metrics;

import java.util.Objects;

/**
 * A metric's value for one group, or the reason why it is undefined there. Undefined is never 0.
 */
public record MetricValue(double value, String undefinedReason) {

    public MetricValue {
        if (undefinedReason == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a defined metric value must be finite, got " + value);
        }
    }

    public static MetricValue of(double value) {
        return new MetricValue(value, null);
    }

    public static MetricValue undefined(String reason) {
        return new MetricValue(Double.NaN, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }

    @Override
    public String toString() {
        return isDefined() ? Double.toString(value) : "undefined (" + undefinedReason + ")";
    }
}

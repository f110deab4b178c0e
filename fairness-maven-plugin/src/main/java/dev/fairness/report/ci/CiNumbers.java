package dev.fairness.report.ci;

import dev.fairness.metrics.Interval;
import dev.fairness.metrics.MetricValue;
import dev.fairness.report.DecimalText;

import java.math.BigDecimal;

/**
 * Numbers as the CI files write them: three decimals like the build log (fairness.json keeps full precision), a
 * limit as written, and an undefined value as {@code n/a} with its reason, never as 0.
 */
final class CiNumbers {
    private CiNumbers() {
    }

    /** {@code 0.300}. */
    static String value(double value) {
        return DecimalText.fixed(value, 3); // the build log's text (RuleMessages.format), no Formatter
    }

    /** {@code 0.300}, or {@code n/a (no positive samples)}. */
    static String value(MetricValue value) {
        return value.isDefined() ? value(value.value()) : "n/a (" + value.undefinedReason() + ")";
    }

    /** {@code 0.300 (0.135–0.451)}: the value with its interval when it has a defined one. */
    static String withInterval(MetricValue value, Interval interval) {
        return value.isDefined() && interval != null && interval.isDefined()
                ? value(value) + " (" + value(interval.lower()) + "–" + value(interval.upper()) + ")"
                : value(value);
    }

    /** A limit as written, at least three decimals: 0.05 becomes 0.050, 0.0125 stays 0.0125. */
    static String limit(double limit) {
        BigDecimal exact = new BigDecimal(Double.toString(limit)).stripTrailingZeros();
        return exact.scale() <= 3 ? exact.setScale(3).toPlainString() : exact.toPlainString();
    }

    /** A count: {@code 100}. */
    static String count(double count) {
        return Long.toString(Math.round(count));
    }
}

package dev.fairness.gate;

import dev.fairness.metrics.Gap;

import java.math.BigDecimal;
import java.util.Locale;

/** The log lines of rule results, in JaCoCo's style: one line per rule, value first, then the limit. */
public final class RuleMessages {

    private RuleMessages() {
    }

    /**
     * {@code Rule violated for label 'Effusion', attribute 'sex': AUC difference is 0.081, but expected maximum
     * is 0.050 ('M' 0.912, 'F' 0.831)}.
     */
    public static String violation(RuleResult result) {
        Rule rule = result.rule();
        String where = "label '" + result.label() + "', attribute '" + rule.grouping() + "'";
        Gap gap = result.gap();
        if (!gap.value().isDefined()) {
            return "Rule violated for " + where + ": " + rule.measureName() + " is undefined ("
                    + gap.value().undefinedReason() + ") and the rule's policy is onMissing=fail";
        }
        String line = "Rule violated for " + where + ": " + rule.measureName() + " is "
                + format(gap.value().value(), rule.limit()) + ", but expected " + (rule.isMaximum() ? "maximum" : "minimum")
                + " is " + formatLimit(rule.limit()) + groups(gap);
        if (Gate.withinLimit(rule, gap.value().value()) && !result.excluded().isEmpty()) {
            line += "; groups were left out and the rule's policy is onMissing=fail: " + result.excluded().stream()
                    .map(e -> "'" + e.group() + "' (" + e.reason() + ")").reduce((a, b) -> a + ", " + b).orElse("");
        }
        return line;
    }

    /**
     * {@code Rule met for label 'Effusion', attribute 'sex': AUC difference is 0.011 (maximum 0.050)}, or for an
     * undetermined rule {@code ... is undefined (reason)}.
     */
    public static String outcome(RuleResult result) {
        Rule rule = result.rule();
        String where = "label '" + result.label() + "', attribute '" + rule.grouping() + "'";
        Gap gap = result.gap();
        if (result.isViolated()) {
            return violation(result);
        }
        if (!gap.value().isDefined()) {
            return "Rule undetermined for " + where + ": " + rule.measureName() + " is undefined ("
                    + gap.value().undefinedReason() + ")";
        }
        return "Rule met for " + where + ": " + rule.measureName() + " is " + format(gap.value().value(), rule.limit())
                + " (" + (rule.isMaximum() ? "maximum " : "minimum ") + formatLimit(rule.limit()) + ")" + groups(gap);
    }

    /** The two groups behind a gap, e.g. {@code ('M' 0.912, 'F' 0.831)}; empty for a single-group gap. */
    static String groups(Gap gap) {
        if (gap.highGroup() == null) {
            return "";
        }
        if (gap.highGroup().equals(gap.lowGroup())) {
            return " ('" + gap.highGroup() + "')";
        }
        return " ('" + gap.highGroup() + "' " + format(gap.highValue()) + ", '" + gap.lowGroup() + "' "
                + format(gap.lowValue()) + ")";
    }

    /** Three decimals, the precision of the log. */
    public static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Three decimals, or more when three would make a value look equal to the limit it is compared with. */
    static String format(double value, double limit) {
        int digits = 3;
        while (digits < 8 && value != limit
                && String.format(Locale.ROOT, "%." + digits + "f", value)
                .equals(String.format(Locale.ROOT, "%." + digits + "f", limit))) {
            digits++;
        }
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** A limit as written, at least three decimals: 0.05 becomes 0.050, 0.0125 stays 0.0125. */
    static String formatLimit(double limit) {
        BigDecimal exact = new BigDecimal(Double.toString(limit)).stripTrailingZeros();
        return exact.scale() <= 3 ? exact.setScale(3).toPlainString() : exact.toPlainString();
    }
}

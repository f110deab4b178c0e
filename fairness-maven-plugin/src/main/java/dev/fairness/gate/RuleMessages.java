package dev.fairness.gate;

import dev.fairness.LogText;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.Interval;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The log lines of rule results, in JaCoCo's style: one line per rule, value first (with its confidence interval
 * when there is one), then the limit, then the two groups behind the gap.
 */
public final class RuleMessages {

    private RuleMessages() {
    }

    /**
     * {@code Rule violated for label 'Effusion', attribute 'sex': AUC difference is 0.081 (95% CI 0.032–0.127),
     * but expected maximum is 0.050 ('M' 0.912, 'F' 0.831)}. A rule gated on the interval ends with its mode and
     * the bound that decided it: {@code ...; gateOn significant: even the lower bound 0.105 is above the maximum, so
     * the gap is significantly above it}, {@code ...; gateOn certain: the upper bound 0.460 is above the maximum,
     * so the gap is not certainly within it}. A rule violated only by missing evidence says so after that.
     */
    public static String violation(RuleResult result) {
        Rule rule = result.rule();
        Gap gap = result.gap();
        Interval interval = result.interval();
        String head = "Rule violated for " + where(result) + ": " + rule.measureName();
        if (!gap.value().isDefined()) {
            return head + " is undefined (" + gap.value().undefinedReason() + ") and the rule's policy is onMissing=fail";
        }
        double value = gap.value().value();
        if (result.calibration() != null) {
            return calibrationViolation(result, head, value);
        }
        if (rule.gateOn().usesInterval() && !interval.isDefined()) {
            return head + " is " + format(value, rule.limit()) + ", but its " + interval.levelText()
                    + " CI is undefined (" + undefinedIn(interval) + ") and the rule's policy is onMissing=fail";
        }
        boolean evidencePasses = result.decision().evidenceWithinLimit();
        String line = head + " is " + format(value, rule.limit()) + ci(interval, rule.limit()) + ", but expected "
                + limitName(rule) + " is " + formatLimit(rule.limit()) + groups(gap) + gateOnReason(result);
        if (evidencePasses && !result.excluded().isEmpty()) {
            line += "; groups were left out and the rule's policy is onMissing=fail: " + result.excluded().stream()
                    .map(e -> "'" + LogText.escape(e.group()) + "' (" + e.reason() + ")").reduce((a, b) -> a + ", " + b).orElse("");
        }
        if (evidencePasses && rule.gateOn().usesInterval() && !interval.isComplete()) {
            line += "; the gap is undefined in " + interval.undefinedReplicates() + " of " + interval.replicates()
                    + " replicates (" + interval.undefinedReason() + ") and the rule's policy is onMissing=fail";
        }
        return line + inconclusive(result);
    }

    /**
     * How an interval-gated rule decided, from its {@link Decision}: {@code ; gateOn significant: the lower bound
     * 0.105 is not above the maximum, so the gap is not significantly above it}; empty for a rule gated on the
     * point value (the value beside the limit says it all).
     */
    static String gateOnReason(RuleResult result) {
        Rule rule = result.rule();
        Decision decision = result.decision();
        if (!rule.gateOn().usesInterval() || Double.isNaN(decision.evidence())) {
            return "";
        }
        boolean significant = rule.gateOn() == GateOn.SIGNIFICANT;
        // significant compares the bound nearer the limit, certain the farther one
        boolean lower = significant == rule.isMaximum();
        String bound = (lower ? "lower" : "upper") + " bound " + format(decision.evidence(), rule.limit());
        String side = rule.isMaximum() ? "above" : "below";
        String beyond = side + " the " + limitName(rule);
        boolean within = decision.evidenceWithinLimit();
        String why;
        if (significant) {
            why = within ? "the " + bound + " is not " + beyond + ", so the gap is not significantly " + side + " it"
                    : "even the " + bound + " is " + beyond + ", so the gap is significantly " + side + " it";
        } else {
            why = within ? "even the " + bound + " is not " + beyond + ", so the gap is certainly within it"
                    : "the " + bound + " is " + beyond + ", so the gap is not certainly within it";
        }
        return "; gateOn " + rule.gateOn().id() + ": " + why;
    }

    /**
     * The line of a rule that is not violated: {@code Rule met for label 'Effusion', attribute 'sex': AUC difference
     * is 0.011 (maximum 0.050) ('M' 0.889, 'F' 0.878)}, with the interval when there is one: {@code ... is 0.117 (95%
     * CI 0.000–0.238; maximum 0.300) ...}. A rule gated on the interval ends with its mode and why it is met
     * ({@link #gateOnReason(RuleResult)}). An undetermined rule: {@code Rule undetermined for
     * ...: TPR difference is undefined (reason)}, or {@code ... is 0.200, but its 95% CI is undefined (...)}.
     * Violations get {@link #violation(RuleResult)}.
     */
    public static String outcome(RuleResult result) {
        if (result.isViolated()) {
            return violation(result);
        }
        Rule rule = result.rule();
        Gap gap = result.gap();
        Interval interval = result.interval();
        if (result.status() == RuleStatus.UNDETERMINED) {
            String head = "Rule undetermined for " + where(result) + ": " + rule.measureName();
            if (!gap.value().isDefined()) {
                return head + " is undefined (" + gap.value().undefinedReason() + ")";
            }
            return head + " is " + format(gap.value().value(), rule.limit()) + ", but its " + interval.levelText()
                    + " CI is undefined (" + undefinedIn(interval) + ")";
        }
        double value = gap.value().value();
        if (result.calibration() != null) {
            return "Rule met for " + where(result) + ": " + rule.measureName() + " is " + format(value, rule.limit())
                    + " (maximum " + formatLimit(rule.limit()) + " for the debiased ECE, not significantly exceeded; "
                    + result.calibration().method() + "): " + calibrationGroups(result.calibration().groups());
        }
        String ci = ci(interval, rule.limit());
        String limit = limitName(rule) + " " + formatLimit(rule.limit());
        String bracket = ci.isEmpty() ? " (" + limit + ")" : ci.substring(0, ci.length() - 1) + "; " + limit + ")";
        return "Rule met for " + where(result) + ": " + rule.measureName() + " is " + format(value, rule.limit())
                + bracket + groups(gap) + gateOnReason(result) + inconclusive(result);
    }

    /**
     * The interval after a value: {@code  (95% CI 0.032–0.127)}, {@code  (95% CI 0.032–0.127 from 963 of 1000
     * replicates)} when the value is undefined in some replicates, {@code  (95% CI undefined: ...)} when in all;
     * empty without an interval.
     */
    public static String ci(Interval interval) {
        return ci(interval, Double.NaN);
    }

    static String ci(Interval interval, double limit) {
        if (interval == null) {
            return "";
        }
        if (!interval.isDefined()) {
            return " (" + interval.levelText() + " CI undefined: " + undefinedIn(interval) + ")";
        }
        String bounds = format(interval.lower(), limit) + "–" + format(interval.upper(), limit);
        String partial = interval.isComplete() ? ""
                : " from " + interval.definedReplicates() + " of " + interval.replicates() + " replicates";
        return " (" + interval.levelText() + " CI " + bounds + partial + ")";
    }

    /**
     * {@code Rule violated for ...: ECE worst group value is 0.212, but expected maximum is 0.050 for the debiased
     * ECE, and the calibration test finds it significantly exceeded in 'F' ECE 0.212, calibrated 0.031, debiased
     * 0.181, p = 0.001 (calibration test over 2 groups at family-wise 95% (each at p < 0.0253), 999 draws)}.
     */
    private static String calibrationViolation(RuleResult result, String head, double value) {
        CalibrationFinding finding = result.calibration();
        Rule rule = result.rule();
        var exceeding = finding.exceeding(rule.limit());
        String line = head + " is " + format(value, rule.limit()) + ", but expected maximum is "
                + formatLimit(rule.limit()) + " for the debiased ECE";
        if (!exceeding.isEmpty()) {
            return line + ", and the calibration test finds it significantly exceeded in " + calibrationGroups(exceeding)
                    + " (" + finding.method() + ")";
        }
        return line + " and no group exceeds it significantly (" + finding.method() + "), but groups were left out "
                + "and the rule's policy is onMissing=fail: " + result.excluded().stream()
                .map(e -> "'" + e.group() + "' (" + e.reason() + ")").reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String calibrationGroups(java.util.List<CalibrationFinding.Group> groups) {
        return String.join("; ", groups.stream().map(CalibrationFinding::describe).toList());
    }

    /** {@code ; inconclusive: ...} after the line of a point-gated rule whose interval straddles its limit. */
    private static String inconclusive(RuleResult result) {
        return result.inconclusive() == null ? ""
                : "; " + result.inconclusive().message(result.rule(), result.interval());
    }

    /** {@code undefined in all 1000 replicates: no predicted positives}. */
    static String undefinedIn(Interval interval) {
        return "undefined in " + (interval.isDefined() ? interval.undefinedReplicates() + " of " : "all ")
                + interval.replicates() + " replicates: " + interval.undefinedReason();
    }

    private static String where(RuleResult result) {
        return "label '" + LogText.escape(result.label()) + "', attribute '"
                + LogText.escape(result.rule().grouping()) + "'";
    }

    private static String limitName(Rule rule) {
        return rule.isMaximum() ? "maximum" : "minimum";
    }

    /** The two groups behind a gap, e.g. {@code ('M' 0.912, 'F' 0.831)}; empty for a single-group gap. */
    static String groups(Gap gap) {
        if (gap.highGroup() == null) {
            return "";
        }
        if (gap.highGroup().equals(gap.lowGroup())) {
            return " ('" + LogText.escape(gap.highGroup()) + "')";
        }
        // group names are manifest cells: escaped, so a line break in one cannot start a log line of its own
        return " ('" + LogText.escape(gap.highGroup()) + "' " + format(gap.highValue()) + ", '"
                + LogText.escape(gap.lowGroup()) + "' "
                + format(gap.lowValue()) + ")";
    }

    /** Three decimals, the precision of the log. */
    public static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * Three decimals, or more when three would make a value look equal to the limit it is compared with (a NaN
     * limit compares with nothing).
     */
    static String format(double value, double limit) {
        int digits = 3;
        while (digits < 8 && value != limit && !Double.isNaN(limit)
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

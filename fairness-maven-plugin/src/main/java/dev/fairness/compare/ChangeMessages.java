package dev.fairness.compare;

import dev.fairness.LogText;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.Interval;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The lines of change rules, in the style of the rule lines: {@code Regression for label 'Effusion', attribute
 * 'sex': TPR difference grew from 0.040 to 0.090 (+0.050, 95% CI +0.021 to +0.079), but the allowed increase is
 * 0.020}. Changes carry their sign; manifest cells (labels, groups, model names) are escaped.
 */
public final class ChangeMessages {
    private ChangeMessages() {
    }

    static String line(ChangeResult r, boolean named) {
        String subject = subject(r, named);
        if (r.status() == RuleStatus.UNDETERMINED) {
            return "Change rule could not be evaluated" + subject + ": " + valueName(r.rule()) + " is "
                    + value(r.baselineValue()) + " for the baseline and " + value(r.candidateValue())
                    + " for the candidate; an undefined value is never within a limit.";
        }
        String values = r.change() == 0 ? "stayed at " + format(r.baselineValue())
                : verb(r.change()) + " from " + format(r.baselineValue()) + " to " + format(r.candidateValue());
        String change = valueName(r.rule()) + " " + values + " (" + signed(r.change()) + ci(r.interval());
        String allowed = "allowed " + (r.rule().limitsIncrease() ? "increase" : "decrease");
        if (r.status() == RuleStatus.VIOLATED) {
            return "Regression" + subject + ": " + change + "), but the " + allowed + " is " + limit(r.rule().limit())
                    + gateOnNote(r.rule(), true);
        }
        return "Change within limit" + subject + ": " + change + "; " + allowed + " " + limit(r.rule().limit()) + ")"
                + gateOnNote(r.rule(), false);
    }

    private static String subject(ChangeResult r, boolean named) {
        StringBuilder s = new StringBuilder();
        if (named) {
            s.append(" of model '").append(LogText.escape(r.model())).append("'");
        }
        s.append(" for label '").append(LogText.escape(r.label())).append("'");
        if (r.rule().grouping() != null && r.rule().scope() != ChangeScope.OVERALL) {
            s.append(", attribute '").append(LogText.escape(r.rule().grouping())).append("'");
        }
        if (r.group() != null) {
            s.append(", group '").append(LogText.escape(r.group())).append("'");
        }
        return s.toString();
    }

    /** {@code TPR difference}, {@code equalized odds ratio}, {@code AUC} (of a group or overall). */
    public static String valueName(ChangeRule rule) {
        if (rule.scope() != ChangeScope.GAP) {
            return rule.measure().displayName();
        }
        return rule.measure().displayName() + " " + Rule.gapName(rule.gap());
    }


    private static String gateOnNote(ChangeRule rule, boolean violated) {
        if (rule.gateOn() == GateOn.POINT) {
            return "";
        }
        String direction = rule.limitsIncrease() ? "increase" : "decrease";
        if (rule.gateOn() == GateOn.SIGNIFICANT) {
            return violated ? "; gateOn significant: even the nearer bound of the change is a larger " + direction
                    + " than allowed, so the regression is significant"
                    : "; gateOn significant: the nearer bound of the change is not a larger " + direction
                    + " than allowed, so no regression is significant";
        }
        return violated ? "; gateOn certain: the farther bound of the change is a larger " + direction
                + " than allowed, so the change is not certainly within it"
                : "; gateOn certain: even the farther bound of the change is within the allowed " + direction;
    }

    private static String verb(double change) {
        return change > 0 ? "grew" : "fell";
    }

    private static String ci(Interval interval) {
        if (interval == null) {
            return "";
        }
        if (!interval.isDefined()) {
            return ", " + interval.levelText() + " CI undefined";
        }
        String partial = interval.isComplete() ? ""
                : " from " + interval.definedReplicates() + " of " + interval.replicates() + " replicates";
        return ", " + interval.levelText() + " CI " + signed(interval.lower()) + " to " + signed(interval.upper())
                + partial;
    }

    /** {@code +0.050}, {@code -0.030}, {@code +0.000}. */
    public static String signed(double change) {
        String text = format(Math.abs(change));
        return (change < 0 && !text.equals(format(0)) ? "-" : "+") + text;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String value(double value) {
        return Double.isNaN(value) ? "undefined" : format(value);
    }

    /** A limit as written, at least three decimals: 0.02 becomes 0.020, 0.0125 stays 0.0125. */
    static String limit(double limit) {
        BigDecimal exact = new BigDecimal(Double.toString(limit)).stripTrailingZeros();
        return exact.scale() <= 3 ? exact.setScale(3).toPlainString() : exact.toPlainString();
    }
}

package dev.fairness.report.ci;

import dev.fairness.compare.ChangeMessages;
import dev.fairness.compare.ChangeResult;
import dev.fairness.metrics.Interval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts of one change case as name and value, in a fixed order: what it compared, the baseline's and the new
 * value, the paired change with its interval, the allowed change, {@code gateOn} and the status. An undefined value
 * is {@code n/a}, never 0. The JUnit XML lists them as suite properties and as the test case's output.
 */
final class ChangeFacts {
    private ChangeFacts() {
    }

    static Map<String, String> of(ChangeCase c) {
        ChangeResult r = c.result();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("model", r.model());
        facts.put("label", r.label());
        if (r.rule().grouping() != null) {
            facts.put("attribute", r.rule().grouping());
        }
        facts.put("measure", ChangeMessages.valueName(r.rule()));
        facts.put("compares", c.compares());
        if (r.rule().reference() != null) {
            facts.put("reference", r.rule().reference());
        }
        if (r.group() != null) {
            facts.put("group", r.group());
        }
        facts.put("baseline", value(r.baselineValue()));
        facts.put("value", value(r.candidateValue()));
        facts.put("change", change(r));
        Interval ci = r.interval();
        if (ci != null) {
            facts.put("interval", ci.isDefined()
                    ? ci.levelText() + " CI " + ChangeMessages.signed(ci.lower()) + " to " + ChangeMessages.signed(ci.upper())
                    : ci.levelText() + " CI undefined (" + ci.undefinedReason() + ")");
        }
        facts.put("allowed", c.direction() + " of at most " + CiNumbers.limit(r.rule().limit()));
        facts.put("gateOn", r.rule().gateOn().id());
        facts.put("status", r.status().id());
        return facts;
    }

    /** {@code 0.040}, or {@code n/a} for an undefined value. */
    static String value(double value) {
        return Double.isNaN(value) ? "n/a" : CiNumbers.value(value);
    }

    /** {@code +0.050}, or {@code n/a} when either value is undefined. */
    static String change(ChangeResult r) {
        return Double.isNaN(r.change()) ? "n/a" : ChangeMessages.signed(r.change());
    }
}

package dev.fairness.report.ci;

import dev.fairness.gate.Decision;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.Interval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts of one rule case as name and value, in a fixed order: what it measured, the value with its interval,
 * the limit, the {@code gateOn} mode and what it compared, and the status. The JUnit XML lists them as properties and
 * as the test case's output.
 */
final class RuleFacts {
    private RuleFacts() {
    }

    static Map<String, String> of(RuleCase c) {
        RuleResult r = c.result();
        Rule rule = r.rule();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("model", c.model());
        facts.put("label", r.label());
        facts.put("attribute", rule.grouping());
        facts.put("measure", rule.measureName());
        if (rule.reference() != null) {
            facts.put("reference", rule.reference());
        }
        facts.put("value", CiNumbers.value(r.gap().value()));
        Interval ci = r.interval();
        if (ci != null) {
            facts.put("interval", ci.isDefined()
                    ? ci.levelText() + " CI " + CiNumbers.value(ci.lower()) + "–" + CiNumbers.value(ci.upper())
                    : ci.levelText() + " CI undefined (" + ci.undefinedReason() + ")");
        }
        facts.put("limit", (rule.isMaximum() ? "maximum " : "minimum ") + CiNumbers.limit(rule.limit()));
        facts.put("gateOn", rule.gateOn().id());
        Decision d = r.decision();
        facts.put("decision", d.reason().id() + (Double.isNaN(d.evidence()) ? ""
                : " (" + compared(r) + " " + CiNumbers.value(d.evidence()) + ")"));
        facts.put("onMissing", rule.onMissing().id());
        facts.put("status", r.status().id());
        return facts;
    }

    /** What the gate compared with the limit: the value, the nearer or the farther bound. */
    private static String compared(RuleResult r) {
        if (!r.rule().gateOn().usesInterval()) {
            return "value";
        }
        boolean nearer = r.rule().gateOn() == dev.fairness.gate.GateOn.SIGNIFICANT;
        boolean lower = nearer == r.rule().isMaximum();
        return lower ? "lower bound" : "upper bound";
    }
}

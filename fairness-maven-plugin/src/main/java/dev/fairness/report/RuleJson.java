package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.gate.CalibrationFinding;
import dev.fairness.gate.Inconclusive;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.Decision;
import dev.fairness.metrics.Comparison;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapInterval;

/**
 * One entry of fairness.json's {@code rules}: the rule as configured, its value and interval, how the interval was
 * made, the gate's decision and why, and the groups left out.
 */
final class RuleJson {
    private RuleJson() {
    }

    /**
     * How the rule's interval was made and what it decided on: {@code intervalMethod} ({@code max-t}: simultaneous
     * over the rule's comparisons, or {@code percentile}), {@code criticalValue}, and every signed comparison
     * ({@code first}, {@code second}, {@code estimate}, {@code lower}, {@code upper}, {@code scale}).
     */
    private static void comparisons(ObjectNode node, RuleResult result) {
        GapInterval family = result.comparisons();
        if (family == null) {
            return;
        }
        node.put("intervalMethod", family.method());
        if (!Double.isNaN(family.critical())) {
            node.put("criticalValue", family.critical());
        }
        ArrayNode list = node.putArray("comparisons");
        for (Comparison c : family.comparisons()) {
            ObjectNode o = list.addObject().put("metric", c.metric().id()).put("first", c.first());
            if (c.second() != null) {
                o.put("second", c.second());
            }
            o.put("scale", c.logScale() ? "log ratio" : c.second() == null ? "value" : "difference");
            JsonValues.number(o, "estimate", c.estimate());
            JsonValues.number(o, "lower", c.lower());
            JsonValues.number(o, "upper", c.upper());
        }
    }

    /**
     * {@code "inconclusive": {"imagesPerGroup": 22, "smallestGroup": 6, "boundDistance": 0.095, "distanceToLimit": 0.05}}
     * for a point-gated rule whose interval straddles its limit ({@code imagesPerGroup} null when the value lies on
     * the limit); absent otherwise.
     */
    private static void inconclusive(ObjectNode node, RuleResult result) {
        Inconclusive i = result.inconclusive();
        if (i == null) {
            return;
        }
        ObjectNode n = node.putObject("inconclusive");
        if (i.hasEstimate()) {
            n.put("imagesPerGroup", i.imagesPerGroup());
        } else {
            n.putNull("imagesPerGroup");
        }
        n.put("smallestGroup", i.smallestGroup()).put("boundDistance", i.reach())
                .put("distanceToLimit", i.distance()).put("estimate", "smallestGroup * (boundDistance / distanceToLimit)^2");
    }

    /**
     * {@code "calibrationTest": {"method": "consistency resampling", "level": 0.95, "perGroupAlpha": 0.0253,
     * "groups": [{"group": "F", "n": 100, "ece": 0.11, "calibratedEce": 0.098, "debiasedEce": 0.012, "pValue": 0.21,
     * "draws": 999, "exceeds": false}]}} for an ece rule decided by the calibration test; absent otherwise.
     */
    private static void calibrationTest(ObjectNode node, RuleResult result) {
        CalibrationFinding finding = result.calibration();
        if (finding == null) {
            return;
        }
        ObjectNode test = node.putObject("calibrationTest").put("method", "consistency resampling")
                .put("level", finding.level()).put("perGroupAlpha", finding.perGroupAlpha());
        ArrayNode groups = test.putArray("groups");
        for (CalibrationFinding.Group g : finding.groups()) {
            var e = g.evidence();
            groups.addObject().put("group", g.name()).put("n", e.n()).put("ece", e.ece())
                    .put("calibratedEce", e.calibratedEce()).put("debiasedEce", e.debiasedEce())
                    .put("pValue", e.pValue()).put("draws", e.draws())
                    .put("exceeds", finding.exceeds(g, result.rule().limit()));
        }
    }

    /**
     * {@code "decision": {"reason": "beyondLimit", "compared": "upperBound", "evidence": 0.46}}: what settled the
     * status ({@link Decision.Reason}: withinLimit, beyondLimit, groupsLeftOut, undefinedInReplicates, undefined),
     * which number the rule's gateOn mode compared with the limit ({@code value}, {@code lowerBound},
     * {@code upperBound}, or {@code calibrationTest}) and that number ({@code null} when nothing was compared).
     */
    private static void decision(ObjectNode node, RuleResult result) {
        Decision d = result.decision();
        Rule rule = result.rule();
        node.put("reason", d.reason().id());
        if (result.calibration() != null) {
            node.put("compared", "calibrationTest");
        } else if (Double.isNaN(d.evidence())) {
            node.putNull("compared");
        } else {
            node.put("compared", switch (rule.gateOn()) {
                case POINT -> "value";
                case SIGNIFICANT -> rule.isMaximum() ? "lowerBound" : "upperBound";
                case CERTAIN -> rule.isMaximum() ? "upperBound" : "lowerBound";
            });
        }
        JsonValues.number(node, "evidence", d.evidence());
    }

    static void rule(ObjectNode node, RuleResult result) {
        Rule rule = result.rule();
        node.put("metric", rule.measure().id());
        node.put("attribute", rule.grouping());
        node.put("label", result.label());
        node.put("gap", rule.gap().id());
        if (rule.reference() != null) {
            node.put("reference", rule.reference());
        }
        node.put(rule.isMaximum() ? "maximum" : "minimum", rule.limit());
        node.put("gateOn", rule.gateOn().id());
        node.put("onMissing", rule.onMissing().id());
        if (rule.minClassCount() != null) {
            node.put("minClassCount", rule.minClassCount());
        }
        Gap gap = result.gap();
        JsonValues.value(node.putObject("value"), gap.value(), result.interval());
        JsonValues.groupsOf(node, gap);
        comparisons(node, result);
        node.put("status", result.status().id());
        decision(node.putObject("decision"), result);
        node.put("message", RuleMessages.outcome(result));
        inconclusive(node, result);
        calibrationTest(node, result);
        JsonValues.excluded(node, result.excluded());
        ArrayNode warnings = node.putArray("warnings");
        result.warnings().forEach(warnings::add);
    }
}

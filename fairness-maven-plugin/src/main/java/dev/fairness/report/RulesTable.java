package dev.fairness.report;

import dev.fairness.gate.CalibrationFinding;
import dev.fairness.gate.Decision;
import dev.fairness.gate.ExcludedGroup;
import dev.fairness.gate.Inconclusive;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.Gap;

import java.util.List;

/**
 * Every rule result: what it measures, for which label and attribute, the value with its interval, the limit,
 * the status, the two groups behind the gap, and the groups left out with the reason.
 */
final class RulesTable {
    static final String ID = "fr-rules";

    private RulesTable() {
    }

    static void render(Html html, ReportContext c) {
        ReportMessages m = c.messages();
        html.open("section", "id", ID).element("h2", m.get("rules.title"));
        if (c.result().verdict().results().isEmpty()) {
            html.element("p", m.get("rules.none"));
            html.close("section");
            return;
        }
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table fr-rules");
        html.open("thead").open("tr");
        for (String column : new String[]{"number", "rule", "label", "attribute", "value", "limit", "status", "groups",
                "excluded"}) {
            html.element("th", m.get("rules.column." + column), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        List<RuleResult> results = c.result().verdict().results();
        for (int i = 0; i < results.size(); i++) {
            row(html, results.get(i), i + 1, c);
        }
        html.close("tbody").close("table").close("div").close("section");
    }

    private static void row(Html html, RuleResult r, int number, ReportContext c) {
        ReportMessages m = c.messages();
        Rule rule = r.rule();
        // the number the charts' limit lines are tagged with (R1)
        html.open("tr", "class", "fr-rule-" + r.status().id(), "id", "fr-rule-" + number);
        html.element("td", Integer.toString(number), "class", "fr-num");
        html.open("td").text(m.measureName(rule.measure(), rule.gap()));
        if (rule.reference() != null) {
            html.text(" ").element("span", m.get("rules.reference", rule.reference()), "class", "fr-note");
        }
        html.close("td");
        html.element("td", r.label());
        html.element("td", rule.grouping());
        if (r.calibration() == null) {
            ValueCell.td(html, r.gap().value(), c.intervals().rule(r), null, m);
        } else {
            calibration(html, r, m);
        }
        html.open("td", "class", "fr-num").text(limit(rule, m));
        html.element("div", gateOn(r, m), "class", "fr-note");
        html.close("td");
        html.open("td", "class", "fr-status fr-status-" + r.status().id())
                .element("span", m.get("status." + r.status().id() + ".icon"), "aria-hidden", "true")
                .text(" " + m.get("status." + r.status().id()));
        if (r.rule().gateOn().usesInterval() && r.calibration() == null && r.interval() != null) {
            // the status came from the interval, not the value beside it
            html.element("div", m.get("rules.decidedBy.interval", r.interval().levelText(), r.rule().gateOn().id()),
                    "class", "fr-note fr-decided-by");
        }
        if (r.inconclusive() != null) {
            html.element("div", inconclusive(r, m), "class", "fr-note fr-inconclusive");
        }
        html.close("td");
        html.element("td", groups(r.gap(), m));
        html.open("td");
        if (r.excluded().isEmpty()) {
            html.text(m.get("rules.excluded.none"));
        } else {
            html.open("ul", "class", "fr-compact");
            for (ExcludedGroup e : r.excluded()) {
                html.element("li", m.get("rules.excluded.group", e.group(), m.count(e.n()), e.reason()));
            }
            html.close("ul");
        }
        html.element("div", m.get("rules.onMissing", rule.onMissing().id()), "class", "fr-note");
        html.close("td");
        html.close("tr");
    }

    /**
     * What the rule was decided on and why, from the gate's {@link Decision}: the mode, the bound it compared and on
     * which side of the limit it lies (the statistics page, "Gating on the interval").
     */
    static String gateOn(RuleResult r, ReportMessages m) {
        if (r.calibration() != null) {
            return m.get("rules.gateOn.calibration");
        }
        if (!r.rule().gateOn().usesInterval() || r.interval() == null) {
            return m.get("rules.gateOn.point");
        }
        int comparisons = r.comparisons() == null ? 1 : Math.max(1, r.comparisons().comparisons().size());
        String mode = "rules.gateOn." + r.rule().gateOn().id();
        Decision d = r.decision();
        if (Double.isNaN(d.evidence())) {
            return m.get(mode, r.interval().levelText(), comparisons);
        }
        return m.get(mode + (d.evidenceWithinLimit() ? ".within" : ".beyond"), m.number(d.evidence()),
                r.interval().levelText(), comparisons);
    }

    /** An ECE decided by the calibration test: the value, then each group's ECE beside a calibrated model's. */
    private static void calibration(Html html, RuleResult r, ReportMessages m) {
        html.open("td", "class", "fr-num");
        ValueCell.content(html, r.gap().value(), null, m);
        html.open("ul", "class", "fr-compact fr-calibration");
        for (CalibrationFinding.Group g : r.calibration().groups()) {
            var e = g.evidence();
            html.element("li", m.get("rules.calibration.group", g.name(), m.number(e.ece()), m.number(e.calibratedEce()),
                    m.number(e.debiasedEce()), m.number(e.pValue())));
        }
        html.close("ul");
        html.element("div", m.get("rules.calibration.method", r.calibration().groups().size(),
                r.interval() == null ? dev.fairness.metrics.Interval.levelText(r.calibration().level())
                        : r.interval().levelText()), "class", "fr-note");
        html.close("td");
    }

    /** Why a point-gated rule whose interval straddles its limit is not settled, and what size would settle it. */
    static String inconclusive(RuleResult r, ReportMessages m) {
        Inconclusive i = r.inconclusive();
        return i.hasEstimate()
                ? m.get("rules.inconclusive", r.interval().levelText(), m.count(i.imagesPerGroup()),
                        m.count(i.smallestGroup()))
                : m.get("rules.inconclusive.onLimit", r.interval().levelText());
    }

    /** {@code ≤ 0.100} or {@code ≥ 0.800}. */
    static String limit(Rule rule, ReportMessages m) {
        return m.get(rule.isMaximum() ? "rules.limit.maximum" : "rules.limit.minimum", m.limit(rule.limit()));
    }

    /** {@code M 0.900 / F 0.600}, {@code F (worst)} or a dash when the gap is undefined. */
    static String groups(Gap gap, ReportMessages m) {
        if (gap.highGroup() == null) {
            return m.get("rules.groups.none");
        }
        if (gap.highGroup().equals(gap.lowGroup())) {
            return m.get("rules.groups.one", gap.highGroup(), m.number(gap.highValue()));
        }
        return m.get("rules.groups.two", gap.highGroup(), m.number(gap.highValue()), gap.lowGroup(),
                m.number(gap.lowValue()));
    }

    /**
     * One sentence per rule for the verdict banner, e.g. {@code TPR difference by sex for Effusion is 0.300; the limit
     * is ≤ 0.100.} It blames missing evidence only when the gate's decision says that is what failed the rule.
     */
    static String sentence(RuleResult r, ReportContext c) {
        ReportMessages m = c.messages();
        Rule rule = r.rule();
        String measure = m.measureName(rule.measure(), rule.gap());
        String value = ValueCell.text(r.gap().value(), c.intervals().rule(r), m);
        Decision d = r.decision();
        if (d.reason() == Decision.Reason.BEYOND_LIMIT && rule.gateOn().usesInterval() && !Double.isNaN(d.evidence())) {
            return m.get("verdict.violation." + rule.gateOn().id(), measure, rule.grouping(), r.label(), value,
                    limit(rule, m), m.number(d.evidence()));
        }
        String key = switch (d.reason()) {
            case GROUPS_LEFT_OUT -> "verdict.violation.leftOut";
            case UNDEFINED_IN_REPLICATES -> "verdict.violation.undefinedReplicates";
            default -> "verdict.violation";
        };
        return m.get(key, measure, rule.grouping(), r.label(), value, limit(rule, m));
    }
}

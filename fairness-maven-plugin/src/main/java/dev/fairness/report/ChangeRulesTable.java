package dev.fairness.report;

import dev.fairness.compare.ChangeResult;
import dev.fairness.compare.ChangeRule;
import dev.fairness.compare.ChangeScope;
import dev.fairness.compare.ComparisonResult;

/**
 * The change rules of a comparison as a table, one row per rule, model and group: what changed, the baseline's and
 * the model's value, the paired change with its interval, the allowed change and the status. The log's line for
 * the row is its tooltip.
 */
final class ChangeRulesTable {
    private ChangeRulesTable() {
    }

    static void render(Html html, ReportMessages m, ComparisonResult comparison) {
        if (comparison.changes().isEmpty()) {
            return;
        }
        boolean several = comparison.changes().stream().map(ChangeResult::model).distinct().count() > 1;
        html.element("h3", m.get("changes.title"));
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table").open("thead").open("tr");
        if (several) {
            html.element("th", m.get("comparison.model"), "scope", "col");
        }
        for (String column : new String[] {"label", "attribute", "measure", "baseline", "value", "change", "allowed",
                "status"}) {
            html.element("th", m.get("changes.column." + column), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (ChangeResult r : comparison.changes()) {
            html.open("tr", "class", "fr-change-" + r.status().id(), "title", r.message());
            if (several) {
                html.element("td", r.model());
            }
            html.element("td", r.label()).element("td", where(m, r)).element("td", measure(m, r.rule()))
                    .element("td", number(m, r.baselineValue()), "class", "fr-num")
                    .element("td", number(m, r.candidateValue()), "class", "fr-num")
                    .element("td", ComparisonSection.change(m, r.change(), r.interval()), "class", "fr-num")
                    .element("td", allowed(m, r), "class", "fr-num");
            html.open("td", "class", "fr-status fr-status-" + r.status().id())
                    .element("span", m.get("status." + r.status().id() + ".icon"), "aria-hidden", "true")
                    .text(" " + m.get("status." + r.status().id())).close("td");
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    /** A violated change rule in the banner: {@code TPR difference by sex for Effusion changed from ...}. */
    static String sentence(ReportMessages m, ChangeResult r) {
        String from = number(m, r.baselineValue());
        String to = number(m, r.candidateValue());
        String change = ComparisonSection.change(m, r.change(), r.interval());
        if (r.rule().scope() == ChangeScope.OVERALL || r.rule().grouping() == null) {
            return m.get("verdict.change.violation.overall", measure(m, r.rule()), r.label(), from, to, change,
                    allowed(m, r));
        }
        return m.get("verdict.change.violation", measure(m, r.rule()), where(m, r), r.label(), from, to, change,
                allowed(m, r));
    }

    private static String allowed(ReportMessages m, ChangeResult r) {
        return m.get(r.rule().limitsIncrease() ? "changes.allowed.increase" : "changes.allowed.decrease",
                m.limit(r.rule().limit()));
    }

    /** The attribute, and the group for a per-group rule; a dash for the label's overall value. */
    private static String where(ReportMessages m, ChangeResult r) {
        if (r.rule().scope() == ChangeScope.OVERALL || r.rule().grouping() == null) {
            return m.get("rules.groups.none");
        }
        return r.group() == null ? r.rule().grouping() : m.get("changes.group", r.rule().grouping(), r.group());
    }

    private static String measure(ReportMessages m, ChangeRule rule) {
        if (rule.scope() == ChangeScope.GAP) {
            return m.measureName(rule.measure(), rule.gap());
        }
        return m.get("changes.measure." + rule.scope().id(), m.metricShortName(rule.measure().metric()));
    }

    private static String number(ReportMessages m, double value) {
        return Double.isNaN(value) ? m.get("value.undefined") : m.number(value);
    }
}

package dev.fairness.report;

import dev.fairness.compare.ChangeMessages;
import dev.fairness.compare.ChangeResult;
import dev.fairness.compare.ChangeRule;
import dev.fairness.compare.ChangeScope;
import dev.fairness.compare.ComparisonResult;
import dev.fairness.compare.LabelComparison;
import dev.fairness.compare.PairedQuantity;
import dev.fairness.compare.PairedValues;
import dev.fairness.metrics.Interval;

/**
 * The model comparison of a build with several models or a baseline: per label, a table with one row per model
 * (overall AUC, accuracy, F1 and the gaps the rules name, each with its interval) and under every other model a
 * row with its paired difference to the reference model (as in the log), the trade-off chart of AUC against the
 * gap a change rule limits (else the first gap), and the change rules ({@link ChangeRulesTable}). Absent from a one-model report.
 */
final class ComparisonSection {
    static final String ID = "fr-comparison";

    private ComparisonSection() {
    }

    static void render(Html html, ReportContext c) {
        ComparisonResult comparison = c.source().comparison();
        ReportMessages m = c.messages();
        html.open("section", "id", ID).element("h2", m.get("comparison.title"));
        String reference = comparison.runs().get(0).name();
        html.element("p", m.get("comparison.intro", reference));
        for (LabelComparison label : comparison.labels()) {
            table(html, m, label);
            if (label.columns().size() > 3) {
                int gap = chartedGap(label, comparison);
                String x = name(m, label, gap);
                String y = name(m, label, 0);
                html.open("figure", "class", "fr-figure").append(TradeOffFigure.render(label, gap, 0, m, x, y))
                        .element("figcaption", m.get("comparison.figure", y, x)).close("figure");
            }
        }
        html.element("p", m.get("comparison.gapIntervals"), "class", "fr-note");
        ChangeRulesTable.render(html, m, comparison);
        html.close("section");
    }

    /**
     * The gap column the chart draws across: the first one a change rule limits (what a reviewer of a baseline
     * comparison asks about), else the first gap.
     */
    private static int chartedGap(LabelComparison label, ComparisonResult comparison) {
        for (ChangeResult change : comparison.changes()) {
            ChangeRule rule = change.rule();
            if (rule.scope() != ChangeScope.GAP || !change.label().equals(label.label())) {
                continue;
            }
            for (int i = 3; i < label.columns().size(); i++) {
                if (label.values().quantities().get(label.columns().get(i)) instanceof PairedQuantity.GapOf g
                        && g.measure().equals(rule.measure()) && g.grouping().equals(rule.grouping())
                        && g.method() == rule.gap()) {
                    return i;
                }
            }
        }
        return 3;
    }

    private static void table(Html html, ReportMessages m, LabelComparison label) {
        PairedValues v = label.values();
        html.element("h3", label.label());
        // fr-models: the model column stays in view when the gaps scroll sideways
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table fr-models").open("thead").open("tr")
                .element("th", m.get("comparison.model"), "scope", "col");
        for (int i = 0; i < label.names().size(); i++) {
            html.element("th", name(m, label, i), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        String reference = label.models().get(label.reference());
        for (int row = 0; row < label.models().size(); row++) {
            html.open("tr").element("th", label.models().get(row), "scope", "row");
            for (int q : label.columns()) {
                html.element("td", value(m, v.point(row, q), v.interval(row, q)), "class", "fr-num");
            }
            html.close("tr");
            if (row != label.reference()) {
                // the paired difference on a row of its own, as in the log: a cell with two intervals reads badly
                html.open("tr", "class", "fr-difference").element("th",
                        m.get("comparison.difference", label.models().get(row), reference), "scope", "row");
                for (int q : label.columns()) {
                    html.element("td", change(m, v.difference(label.reference(), row, q),
                            v.differenceInterval(label.reference(), row, q)), "class", "fr-num");
                }
                html.close("tr");
            }
        }
        html.close("tbody").close("table").close("div");
    }

    /**
     * A column's name in the report's language: an overall metric's short name, a gap as {@code TPR difference by
     * sex}; other quantities keep the comparison's own name.
     */
    static String name(ReportMessages m, LabelComparison label, int column) {
        PairedQuantity q = label.values().quantities().get(label.columns().get(column));
        if (q instanceof PairedQuantity.Overall overall) {
            return m.metricShortName(overall.metric());
        }
        if (q instanceof PairedQuantity.GapOf gap) {
            return m.get("comparison.by", m.measureName(gap.measure(), gap.method()), gap.grouping());
        }
        return label.names().get(column);
    }

    private static String value(ReportMessages m, double point, Interval interval) {
        if (Double.isNaN(point)) {
            return m.get("value.undefined");
        }
        return interval == null || !interval.isDefined() ? m.number(point)
                : m.get("comparison.value", m.number(point), m.number(interval.lower()), m.number(interval.upper()));
    }

    static String change(ReportMessages m, double point, Interval interval) {
        if (Double.isNaN(point)) {
            return m.get("value.undefined");
        }
        String text = ChangeMessages.signed(point);
        return interval == null || !interval.isDefined() ? text
                : m.get("comparison.change", text, ChangeMessages.signed(interval.lower()),
                ChangeMessages.signed(interval.upper()));
    }
}

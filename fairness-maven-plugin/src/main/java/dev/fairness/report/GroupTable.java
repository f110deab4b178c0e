package dev.fairness.report;

import dev.fairness.gate.ClassCountMinimums;
import dev.fairness.gate.ClassCounts;
import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * The groups of one label and grouping side by side, one column per group and one for all rows, one row per
 * metric: reading along a row compares the groups. Counts come first; undefined values show {@code n/a} with the
 * reason; groups below the minimum size are marked {@code *} and shaded; a value resting on fewer cases of its
 * class than the minimum class count (the plugin's, or a rule's own larger one) shows that count instead of an
 * interval, marked {@code †}.
 */
final class GroupTable {
    /** Every metric except the negatives (n minus positives), in the metrics' order. */
    static final List<Metric> ROWS = rows();

    private GroupTable() {
    }

    static void render(Html html, ReportContext c, LabelResult label, String grouping) {
        ReportMessages m = c.messages();
        List<GroupMetrics> groups = new ArrayList<>(label.metrics().groups(grouping));
        boolean anySmall = groups.stream().anyMatch(g -> c.isSmall(g.n()));
        boolean anyFew = false;
        ClassCountMinimums minimums = ClassCountMinimums.of(c.result().minClassCount(), c.result().verdict());
        groups.add(label.metrics().overall());
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table fr-groups");
        html.element("caption", m.get("groups.caption", label.label(), grouping, m.number(label.threshold())));
        html.open("thead").open("tr").element("th", m.get("groups.column.metric"), "scope", "col");
        for (GroupMetrics g : groups) {
            boolean overall = g == label.metrics().overall();
            String name = overall ? m.get("groups.overall") : g.group() + (c.isSmall(g.n()) ? " *" : "");
            html.element("th", name, "scope", "col", "class", cellClass(c, g, overall));
        }
        html.close("tr").close("thead").open("tbody");
        for (Metric metric : ROWS) {
            html.open("tr").element("th", m.metricName(metric), "scope", "row");
            for (GroupMetrics g : groups) {
                boolean overall = g == label.metrics().overall();
                int minimum = overall ? minimums.plugin() : minimums.of(label.label(), grouping, metric);
                ClassCounts.Count few = g.get(metric).isDefined() ? ClassCounts.shortfall(metric, g, minimum) : null;
                if (metric.isCount()) {
                    html.element("td", m.count(g.get(metric).value()), "class", join("fr-num", cellClass(c, g, overall)));
                } else if (few != null) {
                    anyFew = true;
                    html.open("td", "class", join("fr-num fr-few", cellClass(c, g, overall)))
                            .text(m.number(g.get(metric).value())).text(" ")
                            .element("span", m.get("groups.few.cell", m.count(few.cases()), few.shortName()), "class",
                                    "fr-ci")
                            .close("td");
                } else {
                    ValueCell.td(html, g.get(metric), c.intervals().metric(label.label(), overall ? null : grouping,
                            overall ? LabelMetrics.OVERALL : g.group(), metric), cellClass(c, g, overall), m);
                }
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
        if (anySmall) {
            html.element("p", m.get("groups.small", c.result().minGroupSize()), "class", "fr-note");
        }
        if (anyFew) {
            html.element("p", minimums.overrides().isEmpty() ? m.get("groups.few", minimums.plugin())
                    : m.get("groups.few.overrides", minimums.plugin(), String.join("; ", minimums.overrides())),
                    "class", "fr-note");
        }
    }

    private static String cellClass(ReportContext c, GroupMetrics g, boolean overall) {
        if (overall) {
            return "fr-overall";
        }
        return c.isSmall(g.n()) ? "fr-small" : null;
    }

    private static String join(String a, String b) {
        return b == null ? a : a + " " + b;
    }

    private static List<Metric> rows() {
        List<Metric> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metric != Metric.NEGATIVES) {
                rows.add(metric);
            }
        }
        return List.copyOf(rows);
    }
}

package dev.fairness.report;

import dev.fairness.engine.LabelResult;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bar chart of one label and grouping: the metrics its rules name (each with the rule's limit as a line),
 * then AUC, TPR and FPR when no rule names them.
 */
final class MetricBarsFigure {
    static final List<Metric> DEFAULT_METRICS = List.of(Metric.AUC, Metric.TPR, Metric.FPR);

    private MetricBarsFigure() {
    }

    static void render(Html html, ReportContext c, LabelResult label, String grouping) {
        ReportMessages m = c.messages();
        List<GroupMetrics> groups = label.metrics().groups(grouping);
        Map<Metric, List<BarChart.Line>> metrics = metricsWithLimits(c, label, grouping);
        List<BarChart.Cluster> clusters = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (GroupMetrics g : groups) {
            legend.add(g.group() + (c.isSmall(g.n()) ? " *" : ""));
        }
        for (Map.Entry<Metric, List<BarChart.Line>> e : metrics.entrySet()) {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                GroupMetrics g = groups.get(i);
                bars.add(new BarChart.Bar(g.group(), i, g.get(e.getKey()),
                        c.intervals().metric(label.label(), grouping, g.group(), e.getKey()), c.isSmall(g.n())));
            }
            clusters.add(new BarChart.Cluster(m.metricShortName(e.getKey()), bars, e.getValue()));
        }
        String title = m.get("chart.bars.title", label.label(), grouping);
        Html svg = BarChart.svg(title, m.get("chart.bars.description", names(metrics, m), grouping), clusters, legend, m);
        Figure.render(html, svg, title, numbers(c, label, grouping, metrics), m);
    }

    /** The rules' metrics first (in rule order, each with its lines), then the defaults. */
    static Map<Metric, List<BarChart.Line>> metricsWithLimits(ReportContext c, LabelResult label, String grouping) {
        Map<Metric, List<BarChart.Line>> metrics = new LinkedHashMap<>();
        List<RuleResult> rules = c.result().verdict().results();
        for (int i = 0; i < rules.size(); i++) {
            RuleResult r = rules.get(i);
            if (r.label().equals(label.label()) && r.rule().grouping().equals(grouping)) {
                for (Metric metric : r.rule().measure().components()) {
                    // numbered as in the rules table, so a line says which rule drew it
                    metrics.computeIfAbsent(metric, k -> new ArrayList<>()).addAll(LimitLines.of(r, i + 1, metric,
                            label.metrics().groups(grouping), label.metrics().overall(), c.messages()));
                }
            }
        }
        for (Metric metric : DEFAULT_METRICS) {
            metrics.putIfAbsent(metric, List.of());
        }
        return metrics;
    }

    private static String names(Map<Metric, List<BarChart.Line>> metrics, ReportMessages m) {
        List<String> names = new ArrayList<>();
        for (Metric metric : metrics.keySet()) {
            names.add(m.metricShortName(metric));
        }
        return String.join(", ", names);
    }

    private static Html numbers(ReportContext c, LabelResult label, String grouping,
                                Map<Metric, List<BarChart.Line>> metrics) {
        ReportMessages m = c.messages();
        List<GroupMetrics> groups = label.metrics().groups(grouping);
        Html table = new Html().open("table", "class", "fr-table").open("thead").open("tr")
                .element("th", m.get("groups.column.metric"), "scope", "col");
        for (GroupMetrics g : groups) {
            table.element("th", g.group(), "scope", "col");
        }
        table.element("th", m.get("chart.bars.column.limits"), "scope", "col").close("tr").close("thead").open("tbody");
        for (Map.Entry<Metric, List<BarChart.Line>> e : metrics.entrySet()) {
            table.open("tr").element("th", m.metricShortName(e.getKey()), "scope", "row");
            for (GroupMetrics g : groups) {
                ValueCell.td(table, g.get(e.getKey()), c.intervals().metric(label.label(), grouping, g.group(), e.getKey()),
                        null, m);
            }
            List<String> lines = new ArrayList<>();
            for (BarChart.Line line : e.getValue()) {
                lines.add(line.label());
            }
            table.element("td", lines.isEmpty() ? m.get("chart.bars.noLimit") : String.join("; ", lines)).close("tr");
        }
        return table.close("tbody").close("table");
    }
}

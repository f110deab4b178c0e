package dev.fairness.report;

import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The ROC curves of one label, one per group, each with its operating point (the FPR and TPR at the label's
 * threshold) marked. The numbers: AUC, the operating point, and the best TPR at a few false-positive rates.
 */
final class RocFigure {
    static final double[] FPR_LEVELS = {0.05, 0.10, 0.20};

    private RocFigure() {
    }

    static void render(Html html, ReportContext c, LabelResult label, String grouping) {
        ReportMessages m = c.messages();
        List<GroupMetrics> groups = label.metrics().groups(grouping);
        List<CurveChart.Series> series = new ArrayList<>();
        List<RocCurve> curves = new ArrayList<>();
        List<Integer> drawnCounts = new ArrayList<>();
        List<RocCurve> byGroup = c.curves().roc(label, grouping);
        List<String> groupNames = c.result().grouping(grouping).groupNames();
        for (int i = 0; i < groups.size(); i++) {
            GroupMetrics g = groups.get(i);
            int index = groupNames.indexOf(g.group());
            RocCurve curve = index < 0 ? null : byGroup.get(index);
            curves.add(curve);
            MetricValue auc = g.get(Metric.AUC);
            String legend = auc.isDefined()
                    ? m.get("chart.roc.legend", g.group(), m.number(auc.value()), m.count(g.n()))
                    : m.get("chart.roc.legend.none", g.group(), auc.undefinedReason(), m.count(g.n()));
            List<double[]> drawn = curve == null ? List.of() : VisiblePath.of(curve.points(), CurveChart.SIZE);
            drawnCounts.add(drawn.size());
            series.add(new CurveChart.Series(i, legend, drawn, operatingPoint(g)));
        }
        String title = m.get("chart.roc.title", label.label(), grouping);
        Html svg = CurveChart.svg(title, m.get("chart.roc.description", grouping, m.number(label.threshold())),
                m.get("chart.roc.x"), m.get("chart.roc.y"), series, m);
        Figure.render(html, svg, title, numbers(groups, curves, drawnCounts, m), m);
    }

    /** The FPR and TPR at the threshold, when both are defined. */
    private static List<double[]> operatingPoint(GroupMetrics g) {
        MetricValue fpr = g.get(Metric.FPR);
        MetricValue tpr = g.get(Metric.TPR);
        return fpr.isDefined() && tpr.isDefined() ? List.<double[]>of(new double[]{fpr.value(), tpr.value()}) : List.of();
    }

    private static Html numbers(List<GroupMetrics> groups, List<RocCurve> curves, List<Integer> drawnCounts,
                                ReportMessages m) {
        Html table = new Html().open("table", "class", "fr-table").open("thead").open("tr");
        table.element("th", m.get("chart.column.group"), "scope", "col")
                .element("th", m.metricName(Metric.N), "scope", "col")
                .element("th", m.metricName(Metric.POSITIVES), "scope", "col")
                .element("th", m.metricShortName(Metric.AUC), "scope", "col")
                .element("th", m.get("chart.roc.column.operatingPoint"), "scope", "col");
        for (double level : FPR_LEVELS) {
            table.element("th", m.get("chart.roc.column.tprAt", m.number(level)), "scope", "col");
        }
        table.element("th", m.get("chart.roc.column.points", m.count(RocCurve.MAX_POINTS)), "scope", "col");
        table.close("tr").close("thead").open("tbody");
        for (int i = 0; i < groups.size(); i++) {
            GroupMetrics g = groups.get(i);
            table.open("tr").element("th", g.group(), "scope", "row")
                    .element("td", m.count(g.n()), "class", "fr-num")
                    .element("td", m.count(g.get(Metric.POSITIVES).value()), "class", "fr-num");
            ValueCell.td(table, g.get(Metric.AUC), null, null, m);
            List<double[]> point = operatingPoint(g);
            table.element("td", point.isEmpty() ? m.get("value.undefined")
                    : m.get("chart.roc.point", m.number(point.get(0)[0]), m.number(point.get(0)[1])), "class", "fr-num");
            RocCurve curve = curves.get(i);
            for (double level : FPR_LEVELS) {
                table.element("td", curve == null ? m.get("value.undefined") : m.number(curve.tprAtFpr(level)),
                        "class", "fr-num");
            }
            table.element("td", curve == null ? m.get("value.undefined") : m.count(drawnCounts.get(i)),
                    "class", "fr-num");
            table.close("tr");
        }
        return table.close("tbody").close("table");
    }
}

package dev.fairness.report;

import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The reliability (calibration) curves of one label, one per group: mean score against observed frequency in
 * the ten ECE bins, each point labelled with its bin's number of images. A bin of fewer than
 * {@value #MIN_BIN_SIZE} images is not drawn: its observed frequency swings between 0 and 1 from one image to the
 * next (at n = 9 the 95% interval of a frequency of 0.5 is about ±0.33), which reads as miscalibration that is not
 * there. The legend says how many bins each group left out; the numbers keep every bin.
 */
final class ReliabilityFigure {
    /** The fewest images a bin needs to be drawn. */
    static final int MIN_BIN_SIZE = 10;

    private ReliabilityFigure() {
    }

    static void render(Html html, ReportContext c, LabelResult label, String grouping) {
        ReportMessages m = c.messages();
        List<GroupMetrics> groups = label.metrics().groups(grouping);
        List<ReliabilityCurve> byGroup = c.curves().reliability(label, grouping);
        List<String> groupNames = c.result().grouping(grouping).groupNames();
        List<CurveChart.Series> series = new ArrayList<>();
        List<ReliabilityCurve> curves = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupMetrics g = groups.get(i);
            int index = groupNames.indexOf(g.group());
            ReliabilityCurve curve = index < 0 ? new ReliabilityCurve(List.of()) : byGroup.get(index);
            curves.add(curve);
            List<double[]> points = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            int small = 0;
            for (ReliabilityCurve.Bin bin : curve.bins()) {
                if (bin.n() < MIN_BIN_SIZE) {
                    small++;
                    continue;
                }
                points.add(new double[]{bin.meanScore(), bin.observed()});
                counts.add(m.count(bin.n()));
            }
            MetricValue ece = g.get(Metric.ECE);
            String legend = m.get("chart.reliability.legend", g.group(),
                    ece.isDefined() ? m.number(ece.value()) : m.get("value.undefined"), m.count(g.n()));
            if (small > 0) {
                legend += m.get("chart.reliability.legend.small", small, MIN_BIN_SIZE);
            }
            series.add(new CurveChart.Series(i, legend, points, points, counts));
        }
        String title = m.get("chart.reliability.title", label.label(), grouping);
        Html svg = CurveChart.svg(title, m.get("chart.reliability.description", grouping, MIN_BIN_SIZE),
                m.get("chart.reliability.x"), m.get("chart.reliability.y"), series, m);
        Figure.render(html, svg, title, numbers(groups, curves, m), m);
    }

    private static Html numbers(List<GroupMetrics> groups, List<ReliabilityCurve> curves, ReportMessages m) {
        Html table = new Html().open("table", "class", "fr-table").open("thead").open("tr")
                .element("th", m.get("chart.reliability.column.bin"), "scope", "col", "rowspan", "2");
        for (GroupMetrics g : groups) {
            table.element("th", g.group(), "scope", "colgroup", "colspan", "3");
        }
        table.close("tr").open("tr");
        for (int i = 0; i < groups.size(); i++) {
            table.element("th", m.metricName(Metric.N), "scope", "col")
                    .element("th", m.get("chart.reliability.column.score"), "scope", "col")
                    .element("th", m.get("chart.reliability.column.observed"), "scope", "col");
        }
        table.close("tr").close("thead").open("tbody");
        for (int b = 0; b < ReliabilityCurve.BINS; b++) {
            table.open("tr").element("th", m.get("chart.reliability.bin", m.tick(b / 10.0), m.tick((b + 1) / 10.0)),
                    "scope", "row");
            for (ReliabilityCurve curve : curves) {
                ReliabilityCurve.Bin bin = curve.bin(b);
                String n = bin == null ? "0" : bin.n() < MIN_BIN_SIZE ? m.get("chart.reliability.notDrawn", bin.n())
                        : Integer.toString(bin.n());
                table.element("td", n, "class", "fr-num")
                        .element("td", bin == null ? "" : m.number(bin.meanScore()), "class", "fr-num")
                        .element("td", bin == null ? "" : m.number(bin.observed()), "class", "fr-num");
            }
            table.close("tr");
        }
        return table.close("tbody").close("table");
    }
}

package dev.fairness.report;

import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.Metric;

import java.util.List;

/**
 * The operating threshold of every label (a score at or above it is a positive prediction) with what it means
 * over all rows: sensitivity, false-positive rate and the share of samples predicted positive.
 */
final class ThresholdsTable {
    static final String ID = "fr-thresholds";
    static final List<Metric> AT_THRESHOLD = List.of(Metric.TPR, Metric.FPR, Metric.SELECTION_RATE);

    private ThresholdsTable() {
    }

    static void render(Html html, ReportContext c) {
        ReportMessages m = c.messages();
        html.open("section", "id", ID).element("h2", m.get("thresholds.title"));
        html.element("p", m.get("thresholds.intro"));
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table");
        html.open("thead").open("tr")
                .element("th", m.get("thresholds.column.label"), "scope", "col")
                .element("th", m.get("thresholds.column.threshold"), "scope", "col");
        for (Metric metric : AT_THRESHOLD) {
            html.element("th", m.get("thresholds.column.overall", m.metricName(metric)), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (LabelResult label : c.result().labels()) {
            GroupMetrics overall = label.metrics().overall();
            html.open("tr").element("th", label.label(), "scope", "row")
                    .element("td", m.number(label.threshold()), "class", "fr-num");
            for (Metric metric : AT_THRESHOLD) {
                ValueCell.td(html, overall.get(metric),
                        c.intervals().metric(label.label(), null, LabelMetrics.OVERALL, metric), null, m);
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div").close("section");
    }
}

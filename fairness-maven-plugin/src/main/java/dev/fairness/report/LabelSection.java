package dev.fairness.report;

import dev.fairness.engine.LabelResult;

import java.util.List;

/**
 * Everything about one label, per grouping: the group table beside the metric bars, the ROC curves and the
 * reliability curves (side by side as far as the width allows).
 */
final class LabelSection {
    private LabelSection() {
    }

    /** The anchor of the {@code index}-th label (ids never hold data). */
    static String id(int index) {
        return "fr-label-" + (index + 1);
    }

    /** The label's section around its groupings' sections, rendered already ({@link #grouping}), in order. */
    static void render(Html html, ReportContext c, LabelResult label, int index, List<Html> groupings) {
        ReportMessages m = c.messages();
        html.open("section", "id", id(index), "class", "fr-label").element("h2", m.get("label.title", label.label()));
        groupings.forEach(html::append);
        html.close("section");
    }

    /** The groupings of a label, in the order of its section. */
    static List<String> groupings(LabelResult label) {
        return List.copyOf(label.metrics().byGrouping().keySet());
    }

    /** One grouping's section of a label: the group table, the metric bars, the ROC and reliability curves. */
    static Html grouping(ReportContext c, LabelResult label, String grouping) {
        ReportMessages m = c.messages();
        Html html = new Html();
        html.open("section", "class", "fr-grouping").element("h3", m.get("label.grouping", label.label(), grouping));
        html.open("div", "class", "fr-figures").open("div", "class", "fr-table-block");
        GroupTable.render(html, c, label, grouping);
        html.close("div");
        MetricBarsFigure.render(html, c, label, grouping);
        RocFigure.render(html, c, label, grouping);
        ReliabilityFigure.render(html, c, label, grouping);
        html.close("div").close("section");
        return html;
    }
}

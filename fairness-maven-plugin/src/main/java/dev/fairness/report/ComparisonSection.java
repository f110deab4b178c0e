package dev.fairness.report;

import dev.fairness.compare.ChangeMessages;
import dev.fairness.compare.ChangeResult;
import dev.fairness.compare.ComparisonResult;
import dev.fairness.compare.LabelComparison;
import dev.fairness.compare.PairedValues;
import dev.fairness.metrics.Interval;

import java.util.Locale;

/**
 * The model comparison of a build with several models or a baseline: per label, a table with one row per model
 * (overall AUC, accuracy, F1 and the gaps the rules name, each with its interval, and the paired difference to the
 * reference model), the trade-off chart of AUC against the first gap, and the change rules' lines. In English, as
 * the log; absent from a one-model report.
 */
final class ComparisonSection {
    static final String ID = "fr-comparison";

    private ComparisonSection() {
    }

    static void render(Html html, ComparisonResult comparison) {
        html.open("section", "id", ID).element("h2", "Model comparison");
        String reference = comparison.runs().get(0).name();
        html.element("p", "Every model on the same images. Intervals come from one paired bootstrap: each replicate "
                + "draws the images once and measures every model on that draw, so the difference of two models (Δ, "
                + "the model minus " + reference + ") varies only with what differs between them. The rules table "
                + "above decides each model's own rules; the change rules below compare each model with the "
                + "baseline.");
        for (LabelComparison label : comparison.labels()) {
            table(html, label);
            if (label.columns().size() > 3) {
                html.open("figure", "class", "fr-figure").append(TradeOffFigure.render(label, 3, 0))
                        .element("figcaption", label.names().get(0) + " against " + label.names().get(3) + " per model, "
                                + "with intervals").close("figure");
            }
        }
        if (!comparison.changes().isEmpty()) {
            html.element("h3", "Change rules against the baseline");
            html.open("ul");
            for (ChangeResult c : comparison.changes()) {
                html.element("li", c.message(), "class", "fr-change-" + c.status().id());
            }
            html.close("ul");
        }
        html.close("section");
    }

    private static void table(Html html, LabelComparison label) {
        PairedValues v = label.values();
        html.element("h3", label.label());
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table").open("thead").open("tr")
                .element("th", "model", "scope", "col");
        for (String name : label.names()) {
            html.element("th", name, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (int m = 0; m < label.models().size(); m++) {
            html.open("tr").element("th", label.models().get(m), "scope", "row");
            for (int q : label.columns()) {
                String cell = value(v.point(m, q), v.interval(m, q));
                if (m != label.reference()) {
                    cell += " Δ " + change(v.difference(label.reference(), m, q),
                            v.differenceInterval(label.reference(), m, q));
                }
                html.element("td", cell, "class", "fr-num");
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    private static String value(double point, Interval interval) {
        if (Double.isNaN(point)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%.3f", point);
        return interval == null || !interval.isDefined() ? text
                : text + String.format(Locale.ROOT, " (%.3f–%.3f)", interval.lower(), interval.upper());
    }

    private static String change(double point, Interval interval) {
        if (Double.isNaN(point)) {
            return "n/a";
        }
        String text = ChangeMessages.signed(point);
        return interval == null || !interval.isDefined() ? text
                : text + " (" + ChangeMessages.signed(interval.lower()) + " to " + ChangeMessages.signed(interval.upper())
                + ")";
    }
}

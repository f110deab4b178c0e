package dev.fairness.report;

import dev.fairness.metrics.MetricValue;

/**
 * One value in a table cell: three decimals, its confidence interval when there is one, or {@code n/a} with the
 * reason when the value is undefined (undefined is never shown as 0).
 */
final class ValueCell {
    private ValueCell() {
    }

    /** A {@code <td>} with the value; {@code interval} may be null. {@code extraClass} may be null. */
    static void td(Html html, MetricValue value, Interval interval, String extraClass, ReportMessages m) {
        String css = "fr-num" + (value.isDefined() ? "" : " fr-undefined") + (extraClass == null ? "" : " " + extraClass);
        html.open("td", "class", css);
        content(html, value, interval, m);
        html.close("td");
    }

    /** The value, interval or reason without the cell, for lists and banners. */
    static void content(Html html, MetricValue value, Interval interval, ReportMessages m) {
        if (!value.isDefined()) {
            html.text(m.get("value.undefined")).text(" ")
                    .element("span", m.get("value.undefined.reason", value.undefinedReason()), "class", "fr-reason");
            return;
        }
        html.text(m.number(value.value()));
        if (interval != null) {
            html.text(" ").element("span", m.get("value.interval", m.number(interval.low()), m.number(interval.high())),
                    "class", "fr-ci");
        }
    }

    /** The same as plain text, e.g. {@code 0.912 (0.871–0.944)} or {@code n/a (no positive samples)}. */
    static String text(MetricValue value, Interval interval, ReportMessages m) {
        if (!value.isDefined()) {
            return m.get("value.undefined") + " " + m.get("value.undefined.reason", value.undefinedReason());
        }
        String text = m.number(value.value());
        return interval == null ? text
                : text + " " + m.get("value.interval", m.number(interval.low()), m.number(interval.high()));
    }
}

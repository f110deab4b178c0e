package dev.fairness.report;

import dev.fairness.engine.DataSummary;
import dev.fairness.engine.ExcludedRow;
import dev.fairness.engine.GroupingSummary;

/**
 * What was evaluated: the source, the number of samples, the positives per label, the group sizes of every
 * grouping, and the rows left out of a grouping with the reason (the first {@value #MAX_EXCLUDED_ROWS}; all of
 * them are in fairness.json).
 */
final class DataSection {
    static final String ID = "fr-data";
    static final int MAX_EXCLUDED_ROWS = 100;

    private DataSection() {
    }

    static void render(Html html, ReportContext c) {
        ReportMessages m = c.messages();
        DataSummary data = c.result().data();
        html.open("section", "id", ID).element("h2", m.get("data.title"));
        html.open("dl", "class", "fr-facts")
                .element("dt", m.get("data.source")).element("dd", data.source())
                .element("dt", m.get("data.samples")).element("dd", Integer.toString(data.samples()))
                .close("dl");
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table")
                .element("caption", m.get("data.labels.caption"))
                .open("thead").open("tr")
                .element("th", m.get("data.labels.column.label"), "scope", "col")
                .element("th", m.get("data.labels.column.positives"), "scope", "col")
                .element("th", m.get("data.labels.column.prevalence"), "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (int i = 0; i < data.labels().size(); i++) {
            int positives = data.positives().get(i);
            html.open("tr").element("th", data.labels().get(i), "scope", "row")
                    .element("td", Integer.toString(positives), "class", "fr-num")
                    .element("td", data.samples() == 0 ? m.get("value.undefined") : m.number((double) positives / data.samples()),
                            "class", "fr-num")
                    .close("tr");
        }
        html.close("tbody").close("table").close("div");
        groupSizes(html, c, data);
        excludedRows(html, m, data);
        html.close("section");
    }

    private static void groupSizes(Html html, ReportContext c, DataSummary data) {
        ReportMessages m = c.messages();
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table")
                .element("caption", m.get("data.groups.caption"))
                .open("thead").open("tr")
                .element("th", m.get("data.groups.column.grouping"), "scope", "col")
                .element("th", m.get("data.groups.column.groups"), "scope", "col")
                .element("th", m.get("data.groups.column.withoutGroup"), "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (GroupingSummary g : data.groupings()) {
            html.open("tr").element("th", g.name(), "scope", "row").open("td").open("ul", "class", "fr-inline");
            for (int i = 0; i < g.groups().size(); i++) {
                int n = g.sizes().get(i);
                html.element("li", m.get("data.groups.group", g.groups().get(i), Integer.toString(n)),
                        "class", c.isSmall(n) ? "fr-small" : null);
            }
            html.close("ul").close("td").element("td", Integer.toString(g.rowsWithoutGroup()), "class", "fr-num").close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    private static void excludedRows(Html html, ReportMessages m, DataSummary data) {
        if (data.excludedRows().isEmpty()) {
            html.element("p", m.get("data.excluded.none"));
            return;
        }
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table")
                .element("caption", m.get("data.excluded.caption", Integer.toString(data.excludedRows().size())))
                .open("thead").open("tr");
        for (String column : new String[]{"id", "location", "grouping", "reason"}) {
            html.element("th", m.get("data.excluded.column." + column), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        int shown = Math.min(MAX_EXCLUDED_ROWS, data.excludedRows().size());
        for (ExcludedRow row : data.excludedRows().subList(0, shown)) {
            html.open("tr").element("td", row.id()).element("td", row.location()).element("td", row.grouping())
                    .element("td", row.reason()).close("tr");
        }
        html.close("tbody").close("table").close("div");
        if (shown < data.excludedRows().size()) {
            html.element("p", m.get("data.excluded.more", Integer.toString(data.excludedRows().size() - shown)),
                    "class", "fr-note");
        }
    }
}

package dev.fairness.report;

import java.util.Map;

/**
 * One rendered report.
 *
 * @param title    the page title
 * @param fragment the report as a part of another page (the Maven site's): its own scoped style, then the content
 * @param document the standalone report: one HTML file with nothing to fetch and no script
 * @param summary  the verdict in one line, for the build log
 */
public record ReportPage(String title, String fragment, String document, String summary) {

    /** The page as JDK types only, to hand it to a goal whose classes come from another class loader. */
    public Map<String, String> toMap() {
        return Map.of("title", title, "fragment", fragment, "document", document, "summary", summary);
    }

    public static ReportPage fromMap(Map<?, ?> map) {
        return new ReportPage((String) map.get("title"), (String) map.get("fragment"), (String) map.get("document"),
                (String) map.get("summary"));
    }
}

package dev.fairness.report;

import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.Parallel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the report of one evaluation, verdict first: the verdict banner, contents, the rules, the operating
 * thresholds, per label and grouping the group table with its charts, then the data, the model and the run. The
 * same content becomes the Maven site page and the standalone {@code report.html}. Plain HTML and inline SVG:
 * nothing is fetched and no script runs; every value from data or configuration is escaped ({@link Html}).
 */
public final class HtmlReport {
    /** The standalone page may load nothing and run nothing: only its own inline style (and data: images). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    static final String STYLE = readStyle();

    private HtmlReport() {
    }

    public static ReportPage render(ReportSource source, Locale locale) {
        ReportMessages m = new ReportMessages(locale);
        ReportContext c = ReportContext.of(source, m);
        Html body = body(c);
        String title = source.projectName() == null ? m.get("report.title")
                : m.get("report.title.project", source.projectName());
        String fragment = new Html().open("style").toString() + STYLE + "</style>" + body;
        return new ReportPage(title, fragment, document(title, body, c), summary(c));
    }

    static Html body(ReportContext c) {
        ReportMessages m = c.messages();
        Html html = new Html().open("div", "class", "fr-report", "lang", m.get("report.lang"));
        VerdictBanner.render(html, c);
        contents(html, c);
        RulesTable.render(html, c);
        if (c.source().comparison() != null) {
            ComparisonSection.render(html, c);
        }
        ThresholdsTable.render(html, c);
        List<LabelResult> labels = c.result().labels();
        c.curves().prepare(); // the work that grows with the rows: every label's curves at once, on every core
        // every label's groupings (their curves are most of the report's work) on every core, appended in order
        List<LabelResult> labelOf = new ArrayList<>();
        List<String> groupingOf = new ArrayList<>();
        for (LabelResult label : labels) {
            for (String grouping : LabelSection.groupings(label)) {
                labelOf.add(label);
                groupingOf.add(grouping);
            }
        }
        List<Html> sections = Parallel.map(labelOf.size(), Parallel.defaultThreads(),
                k -> LabelSection.grouping(c, labelOf.get(k), groupingOf.get(k)));
        int next = 0;
        for (int i = 0; i < labels.size(); i++) {
            int count = LabelSection.groupings(labels.get(i)).size();
            LabelSection.render(html, c, labels.get(i), i, sections.subList(next, next + count));
            next += count;
        }
        DataSection.render(html, c);
        ModelSection.render(html, c);
        ZeroShotSection.render(html, c);
        RunSection.render(html, c);
        return html.close("div");
    }

    private static void contents(Html html, ReportContext c) {
        ReportMessages m = c.messages();
        html.open("nav", "class", "fr-contents", "aria-label", m.get("contents.label")).open("ul");
        link(html, RulesTable.ID, m.get("rules.title"));
        if (c.source().comparison() != null) {
            link(html, ComparisonSection.ID, m.get("comparison.title"));
        }
        link(html, ThresholdsTable.ID, m.get("thresholds.title"));
        List<LabelResult> labels = c.result().labels();
        for (int i = 0; i < labels.size(); i++) {
            link(html, LabelSection.id(i), m.get("label.title", labels.get(i).label()));
        }
        link(html, DataSection.ID, m.get("data.title"));
        link(html, ModelSection.ID, m.get("model.title"));
        if (ZeroShotSection.applies(c)) {
            link(html, ZeroShotSection.ID, m.get("zeroShot.title"));
        }
        link(html, RunSection.ID, m.get("run.title"));
        html.close("ul").close("nav");
    }

    private static void link(Html html, String id, String text) {
        html.open("li").element("a", text, "href", "#" + id).close("li");
    }

    private static String document(String title, Html body, ReportContext c) {
        ReportMessages m = c.messages();
        Html page = new Html().open("html", "lang", m.get("report.lang")).open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY)
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title).open("style");
        String head = page.toString() + STYLE + "</style></head>";
        Html main = new Html().open("body").open("main", "class", "fr-page").element("h1", title);
        return "<!DOCTYPE html>\n" + head + main + body + "</main></body></html>\n";
    }

    private static String summary(ReportContext c) {
        ReportMessages m = c.messages();
        String counts = VerdictBanner.counts(c.result().verdict(), m);
        if (c.source().comparison() != null) {
            counts = String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(counts),
                    ComparisonVerdict.counts(c.source().comparison(), m).stream()).toList());
        }
        return VerdictBanner.title(c, VerdictBanner.state(c)) + ": " + counts;
    }

    private static String readStyle() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

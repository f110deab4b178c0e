package dev.fairness.maven;

import dev.fairness.report.ReportPage;
import org.apache.maven.doxia.sink.Sink;

/**
 * The report as a Maven site page (Doxia 2): a section titled like the report whose content is the rendered
 * report, passed through as raw markup (it is escaped HTML with inline SVG and its own scoped style).
 *
 * <p>It emits the Doxia events that {@code maven-reporting-impl}'s {@code AbstractMavenReportRenderer} emitted for
 * this page (head with the title, body, one section with its anchor and title), on the {@link Sink} of
 * {@code doxia-sink-api} alone: {@code maven-reporting-impl} would bring the site renderer, Velocity and the
 * archivers into every goal's class realm, {@code check} included, for these few calls.
 */
final class SitePage {
    private static final int LEVEL = 1;

    private final Sink sink;
    private final ReportPage page;

    SitePage(Sink sink, ReportPage page) {
        this.sink = sink;
        this.page = page;
    }

    /** Writes the whole page and closes the sink, as the site plugin expects of a report. */
    void render() {
        sink.head();
        sink.title();
        sink.text(page.title());
        sink.title_();
        sink.head_();

        sink.body();
        sink.section(LEVEL, null);
        sink.anchor(page.title());
        sink.anchor_();
        sink.sectionTitle(LEVEL, null);
        sink.text(page.title());
        sink.sectionTitle_(LEVEL);
        sink.rawText(page.fragment());
        sink.section_(LEVEL);
        sink.body_();

        sink.flush();
        sink.close();
    }
}

package dev.fairness.maven;

import dev.fairness.report.ReportPage;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The report as a Maven site page (Doxia 2): a section titled like the report whose content is the rendered
 * report, passed through as raw markup (it is escaped HTML with inline SVG and its own scoped style).
 */
final class SitePage extends AbstractMavenReportRenderer {
    private final ReportPage page;

    SitePage(Sink sink, ReportPage page) {
        super(sink);
        this.page = page;
    }

    @Override
    public String getTitle() {
        return page.title();
    }

    @Override
    protected void renderBody() {
        startSection(page.title());
        sink.rawText(page.fragment());
        endSection();
    }
}

package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.report.ReportPage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

/**
 * The site page is the events {@code maven-reporting-impl}'s renderer emitted for it (head and title, one section
 * with its anchor and title, the fragment as raw markup, then flush and close), written to the Sink directly.
 */
class SitePageTest {

    @Test
    void theSitePageIsTheReportsFragmentInOneTitledSectionAndClosesTheSink() {
        List<String> events = new ArrayList<>();
        Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, args) -> {
                    events.add(args == null ? method.getName() : method.getName() + Arrays.stream(args)
                            .map(String::valueOf).collect(Collectors.joining(", ", "(", ")")));
                    return null;
                });

        new SitePage(sink, new ReportPage("Fairness", "<div class=\"fairness\">report</div>", "<html/>", "ok"))
                .render();

        assertEquals(List.of("head", "title", "text(Fairness)", "title_", "head_",
                "body", "section(1, null)", "anchor(Fairness)", "anchor_", "sectionTitle(1, null)", "text(Fairness)",
                "sectionTitle_(1)", "rawText(<div class=\"fairness\">report</div>)", "section_(1)", "body_",
                "flush", "close"), events);
    }
}

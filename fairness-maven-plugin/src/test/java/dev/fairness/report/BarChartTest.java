package dev.fairness.report;

import dev.fairness.metrics.MetricValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bar chart's geometry: the plot is 220 px high from y = 16, so value v is at y = 16 + (1 - v) x 220. */
class BarChartTest {
    private final ReportMessages m = new ReportMessages(Locale.ENGLISH);

    private Element chart(List<BarChart.Bar> bars, List<BarChart.Line> lines) {
        Html svg = BarChart.svg("TPR by sex", "bars", List.of(new BarChart.Cluster("TPR", bars, lines)),
                List.of("F", "M"), m);
        return Jsoup.parse(svg.toString(), "", Parser.xmlParser()).selectFirst("svg");
    }

    @Test
    void anIntervalIsDrawnAsAWhiskerWithCapsAtItsBounds() {
        Element svg = chart(List.of(new BarChart.Bar("F", 0, MetricValue.of(0.6), new Interval(0.5, 0.75), false),
                new BarChart.Bar("M", 1, MetricValue.of(0.9), null, false)), List.of());
        Elements whiskers = svg.select("line.fr-whisker");
        assertEquals(3, whiskers.size(), "one whisker (the bar without an interval has none)");
        assertEquals(List.of("126.0", "71.0"), List.of(whiskers.get(0).attr("y1"), whiskers.get(0).attr("y2")));
        assertEquals("126.0", whiskers.get(1).attr("y1"));
        assertEquals("71.0", whiskers.get(2).attr("y1"));
    }

    @Test
    void barsStandOnTheAxisUpToTheirValueInTheGroupsColours() {
        Element svg = chart(List.of(new BarChart.Bar("F", 0, MetricValue.of(0.6), null, false),
                new BarChart.Bar("M", 1, MetricValue.of(0.9), null, false)), List.of());
        Elements bars = svg.select("rect.fr-bar");
        assertEquals("104.0", bars.get(0).attr("y"));
        assertEquals("132.0", bars.get(0).attr("height"));
        assertEquals("#0072B2", bars.get(0).attr("fill"));
        assertEquals("38.0", bars.get(1).attr("y"));
        assertEquals("#D55E00", bars.get(1).attr("fill"));
        assertEquals(List.of("0.600", "0.900"), svg.select("text.fr-value").eachText());
    }

    @Test
    void aLimitIsADashedLineAcrossItsClusterNamedInTheLegendAndOutOfRangeLimitsAreLeftOut() {
        Element svg = chart(List.of(new BarChart.Bar("F", 0, MetricValue.of(0.6), null, false),
                new BarChart.Bar("M", 1, MetricValue.of(0.9), null, false)),
                List.of(new BarChart.Line(0.8, "highest TPR − 0.100 = 0.800"), new BarChart.Line(1.2, "above")));
        Elements limits = svg.select("line.fr-limit");
        assertEquals(1, limits.size());
        assertEquals("60.0", limits.get(0).attr("y1"));
        assertEquals("60.0", limits.get(0).attr("y2"));
        assertEquals(List.of("F", "M", "rule limit"), svg.select("text.fr-legend").eachText());
    }

    @Test
    void anUndefinedValueHasNoBarButSaysNotApplicable() {
        Element svg = chart(List.of(new BarChart.Bar("F", 0, MetricValue.undefined("no positive samples"), null, false),
                new BarChart.Bar("M", 1, MetricValue.of(0.9), null, true)), List.of());
        assertEquals(1, svg.select("rect.fr-bar").size());
        assertEquals(List.of("n/a"), svg.select("text.fr-na").eachText());
        assertTrue(svg.selectFirst("rect.fr-bar").hasClass("fr-bar-small"), "M is below the minimum size");
    }

    @Test
    void theChartIsNamedByItsTitleForAssistiveTechnology() {
        Element svg = chart(List.of(new BarChart.Bar("F", 0, MetricValue.of(0.6), null, false)), List.of());
        assertEquals("img", svg.attr("role"));
        assertEquals("TPR by sex", svg.attr("aria-label"));
        assertEquals("TPR by sex", svg.selectFirst("title").text());
        assertEquals("bars", svg.selectFirst("desc").text());
        assertEquals(List.of("F", "M"), svg.select("text.fr-legend").eachText());
    }
}

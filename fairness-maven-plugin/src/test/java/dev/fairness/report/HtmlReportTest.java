package dev.fairness.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.fairness.report.ReportFixtures.SELECTION_RATE_DIFFERENCE;
import static dev.fairness.report.ReportFixtures.TPR_DIFFERENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The standalone report of Fairlearn's documentation example, read back as a document. */
class HtmlReportTest {
    @TempDir
    Path dir;

    private Document failing() {
        return ReportFixtures.document(ReportFixtures.fairlearn(dir, 1, TPR_DIFFERENCE, SELECTION_RATE_DIFFERENCE));
    }

    @Test
    void theVerdictBannerComesFirstWithTheCountsAndEachViolatedRule() {
        Document doc = failing();
        Element report = doc.selectFirst("main > div.fr-report");
        Element banner = report.child(0);
        assertEquals("fr-verdict", banner.id());
        assertTrue(banner.hasClass("fr-verdict-failed"));
        assertEquals("status", banner.attr("role"));
        assertEquals("✗ Fairness checks not met", banner.selectFirst(".fr-verdict-title").text());
        assertEquals("1 of 2 rules met, 1 violated, 0 undetermined.", banner.selectFirst(".fr-verdict-counts").text());
        assertEquals(List.of("TPR difference by group for y is 0.200; the limit is ≤ 0.100."),
                banner.select(".fr-verdict-violations li").eachText());
    }

    @Test
    void aPassingBuildSaysAllChecksMet() {
        Element banner = ReportFixtures.document(ReportFixtures.fairlearn(dir, 1, SELECTION_RATE_DIFFERENCE))
                .getElementById("fr-verdict");
        assertTrue(banner.hasClass("fr-verdict-passed"));
        assertEquals("✓ All fairness checks met", banner.selectFirst(".fr-verdict-title").text());
        assertEquals("1 of 1 rule met, 0 violated, 0 undetermined.", banner.selectFirst(".fr-verdict-counts").text());
        assertTrue(banner.select("li").isEmpty());
    }

    @Test
    void withoutRulesTheBannerSaysNothingWasChecked() {
        Element banner = ReportFixtures.document(ReportFixtures.fairlearn(dir, 1)).getElementById("fr-verdict");
        assertTrue(banner.hasClass("fr-verdict-none"));
        assertEquals("– No fairness rules configured: nothing was checked", banner.selectFirst(".fr-verdict-title").text());
        assertEquals("Add <rules> to the plugin configuration to gate the build.",
                banner.selectFirst(".fr-verdict-counts").text());
    }

    @Test
    void aRuleThatCouldNotBeEvaluatedIsUndeterminedNeverMet() {
        // every group is below the minimum size 10 except c (n = 8 < 10 too): nothing is left to compare
        Element banner = ReportFixtures.document(ReportFixtures.fairlearn(dir, 10, TPR_DIFFERENCE))
                .getElementById("fr-verdict");
        assertTrue(banner.hasClass("fr-verdict-undetermined"));
        assertEquals("! Not all fairness checks met: 1 rule could not be evaluated",
                banner.selectFirst(".fr-verdict-title").text());
        assertEquals("0 of 1 rule met, 0 violated, 1 undetermined.", banner.selectFirst(".fr-verdict-counts").text());
    }

    @Test
    void theRulesTableShowsValueLimitStatusTheComparedGroupsAndThePolicy() {
        Elements rows = failing().select("#fr-rules tbody tr");
        assertEquals(List.of("1", "TPR difference", "y", "group", "0.200", "≤ 0.100 gateOn point: decided on the value", "✗ Violated", "b 0.600 vs c 0.400",
                "none onMissing: warn"), rows.get(0).select("td").eachText());
        assertTrue(rows.get(0).hasClass("fr-rule-violated"));
        assertEquals(List.of("2", "selection rate difference", "y", "group", "0.250", "≤ 0.300 gateOn point: decided on the value", "✓ Met",
                "a 0.750 vs b 0.500", "none onMissing: warn"), rows.get(1).select("td").eachText());
        assertEquals(List.of("#", "Rule", "Label", "Attribute", "Value", "Limit", "Status", "Groups compared",
                "Groups left out"), failing().select("#fr-rules thead th").eachText());
    }

    @Test
    void groupsLeftOutOfARuleAreListedWithTheReason() {
        Element row = ReportFixtures.document(ReportFixtures.fairlearn(dir, 5, TPR_DIFFERENCE))
                .selectFirst("#fr-rules tbody tr");
        assertEquals(List.of("a (n = 4): n = 4 is below the minimum group size 5"), row.select("td ul li").eachText());
    }

    @Test
    void theGroupTableHasAColumnPerGroupAndARowPerMetricWithCountsFirst() {
        Element table = failing().selectFirst(".fr-label table.fr-groups");
        assertEquals("y by group at threshold 0.500", table.selectFirst("caption").text());
        assertEquals(List.of("Metric", "a", "b", "c", "all samples"), table.select("thead th").eachText());
        assertEquals(List.of("n", "4", "6", "8", "18"), cells(table, 0));
        assertEquals(List.of("positives", "2", "5", "5", "12"), cells(table, 1));
        assertEquals(List.of("TPR (sensitivity)", "0.500", "0.600", "0.400", "0.500"), row(table, "TPR (sensitivity)"));
        assertEquals(List.of("FPR (false alarms)", "1.000", "0.000", "0.667", "0.667"), row(table, "FPR (false alarms)"));
        assertEquals(List.of("selection rate", "0.750", "0.500", "0.500", "0.556"), row(table, "selection rate"));
        assertEquals(17, table.select("tbody tr").size(), "n, positives and the 15 metrics");
    }

    @Test
    void anUndefinedValueShowsNotApplicableWithItsReasonNeverZero() {
        String[] groups = ReportFixtures.GROUP.clone();
        Path csv = ReportFixtures.predictions(dir, groups, "d1,0,0.20,d", "d2,0,0.70,d");
        Document doc = ReportFixtures.document(ReportFixtures.source(ReportFixtures.evaluate(csv, 1, List.of())));
        Element table = doc.selectFirst("table.fr-groups");
        List<String> tpr = row(table, "TPR (sensitivity)");
        assertEquals("n/a (no positive samples)", tpr.get(4));
        assertTrue(table.select("tbody tr").get(3).select("td").get(3).hasClass("fr-undefined"), "the TPR of d");
        assertEquals("0.500", row(table, "FPR (false alarms)").get(4));
    }

    @Test
    void groupsBelowTheMinimumSizeAreMarkedAndExplained() {
        Document doc = ReportFixtures.document(ReportFixtures.fairlearn(dir, 5, TPR_DIFFERENCE));
        Element table = doc.selectFirst("table.fr-groups");
        assertEquals(List.of("Metric", "a *", "b", "c", "all samples"), table.select("thead th").eachText());
        assertTrue(table.select("tbody tr").get(0).select("td").get(0).hasClass("fr-small"));
        assertEquals("* fewer than 5 samples (minGroupSize): shaded, and left out of the rules.",
                table.parent().nextElementSibling().text());
    }

    @Test
    void theThresholdsTableShowsEachLabelsThresholdAndItsOverallRates() {
        Element table = failing().selectFirst("#fr-thresholds table");
        assertEquals(List.of("Label", "Threshold", "TPR (sensitivity), all samples", "FPR (false alarms), all samples",
                "selection rate, all samples"), table.select("thead th").eachText());
        assertEquals(List.of("y", "0.500", "0.500", "0.667", "0.556"), table.select("tbody tr").get(0).children().eachText());
    }

    @Test
    void theDataSummaryHasSamplesPositivesGroupSizesAndRowsWithoutAGroup() {
        Path csv = ReportFixtures.predictions(dir, ReportFixtures.GROUP, "x1,1,0.90,");
        Element data = ReportFixtures.document(ReportFixtures.source(ReportFixtures.evaluate(csv, 1, List.of())))
                .getElementById("fr-data");
        assertEquals(List.of("Source", "Samples"), data.select("dl dt").eachText());
        assertEquals(csv.toAbsolutePath().normalize().toString(), data.select("dl dd").get(0).text());
        assertEquals("19", data.select("dl dd").get(1).text());
        Elements tables = data.select("table");
        assertEquals(List.of("y", "13", "0.684"), tables.get(0).select("tbody tr").get(0).children().eachText());
        assertEquals(List.of("group", "a: 4 b: 6 c: 8", "1"), tables.get(1).select("tbody tr").get(0).children().eachText());
        assertEquals("Rows left out of a grouping (1)", tables.get(2).selectFirst("caption").text());
        assertEquals(List.of("x1", "predictions.csv, line 20", "group", "no value for 'group'"),
                tables.get(2).select("tbody td").eachText());
    }

    @Test
    void withoutAModelTheModelSectionNamesThePredictionsFile() {
        Element model = failing().getElementById("fr-model");
        assertEquals("No model was run here: the scores were read from "
                + dir.resolve("predictions.csv").toAbsolutePath().normalize() + ".", model.selectFirst("p").text());
    }

    @Test
    void theRunSectionHasProjectPluginTimeSeedAndMinimumGroupSize() {
        Element run = failing().getElementById("fr-run");
        assertEquals(List.of("Project", "Plugin", "Evaluated at", "Seed", "Minimum group size"), run.select("dt").eachText());
        List<String> values = run.select("dd").eachText();
        assertEquals("demo-model", values.get(0));
        assertEquals("fairness-maven-plugin 1.2.3", values.get(1));
        assertTrue(values.get(2).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"), values.get(2));
        assertEquals("none: point estimates, no resampling", values.get(3));
        assertEquals("1", values.get(4));
    }

    @Test
    void theSectionsComeVerdictFirstAndTheContentsLinkToThem() {
        Document doc = failing();
        List<String> ids = new ArrayList<>();
        for (Element child : doc.selectFirst("div.fr-report").children()) {
            ids.add(child.tagName() + (child.id().isEmpty() ? "" : "#" + child.id()));
        }
        assertEquals(List.of("section#fr-verdict", "nav", "section#fr-rules", "section#fr-thresholds",
                "section#fr-label-1", "section#fr-data", "section#fr-model", "section#fr-run"), ids);
        assertEquals(List.of("#fr-rules", "#fr-thresholds", "#fr-label-1", "#fr-data", "#fr-model", "#fr-run"),
                doc.select("nav.fr-contents a").eachAttr("href"));
        assertEquals("Fairness report: demo-model", doc.title());
        assertEquals("Fairness report: demo-model", doc.selectFirst("h1").text());
    }

    @Test
    void theRocNumbersSayHowManyPointsEachCurveIsDrawnFromAndTheirBound() {
        Element roc = failing().select("section.fr-grouping figure.fr-figure").get(1);

        assertEquals("Points drawn (at most 1002)", roc.select("details table thead th").last().text());
        List<Integer> drawn = new ArrayList<>();
        for (Element row : roc.select("details table tbody tr")) {
            drawn.add(Integer.parseInt(row.select("td").last().text()));
        }
        List<Integer> inSvg = new ArrayList<>(); // one M or L command per point of each group's path
        for (Element path : roc.select("svg path.fr-curve")) {
            inSvg.add(path.attr("d").replaceAll("[^ML]", "").length());
        }
        assertEquals(inSvg, drawn);
        assertTrue(drawn.stream().allMatch(n -> n >= 2 && n <= RocCurve.MAX_POINTS), drawn.toString());
    }

    @Test
    void everyGroupingHasBarsRocAndReliabilityChartsEachWithTitleDescriptionAndNumbers() {
        Element grouping = failing().selectFirst("section.fr-grouping");
        Elements figures = grouping.select("figure.fr-figure");
        assertEquals(List.of("y by group: metrics per group", "y by group: ROC curves", "y by group: reliability curves"),
                figures.select("figcaption").eachText());
        for (Element figure : figures) {
            Element svg = figure.selectFirst("svg");
            assertEquals("img", svg.attr("role"));
            assertEquals(figure.selectFirst("figcaption").text(), svg.attr("aria-label"));
            assertEquals(svg.attr("aria-label"), svg.selectFirst("title").text());
            assertFalse(svg.selectFirst("desc").text().isEmpty());
            assertEquals("Numbers", figure.selectFirst("details summary").text());
            assertFalse(figure.select("details table tbody tr").isEmpty());
        }
    }

    @Test
    void theBarChartDrawsTheRulesMetricFirstWithItsLimitAsALine() {
        Element figure = failing().select("figure.fr-figure").get(0);
        assertEquals(List.of("TPR", "selection rate", "AUC", "FPR"), figure.select("svg text.fr-cluster").eachText());
        // highest TPR 0.600 (b) minus the limit 0.100: a line at 0.500, half-way up the 220 px plot that starts at 16
        Element limit = figure.selectFirst("svg line.fr-limit");
        assertEquals("126.0", limit.attr("y1"));
        assertEquals(List.of("TPR", "0.500", "0.600", "0.400", "rule 1 (TPR difference ≤ 0.100): highest TPR − 0.100 = 0.500"),
                figure.select("details tbody tr").get(0).children().eachText());
        assertEquals(List.of("AUC", "0.250", "0.600", "0.467", "no rule"),
                figure.select("details tbody tr").get(2).children().eachText());
        assertEquals(12, figure.select("svg rect.fr-bar").size(), "3 groups x 4 metrics");
    }

    @Test
    void theRocChartMarksEachGroupsOperatingPointAndTabulatesTprAtLowFalsePositiveRates() {
        Element figure = failing().select("figure.fr-figure").get(1);
        assertEquals(3, figure.select("svg path.fr-curve").size());
        assertEquals(List.of("a: AUC 0.250, n 4", "b: AUC 0.600, n 6", "c: AUC 0.467, n 8"),
                figure.select("svg text.fr-legend").eachText());
        // group b's curve has 6 points; 2 lie on the segment through their neighbours and are not drawn
        assertEquals(List.of("b", "6", "5", "0.600", "0.000, 0.600", "0.600", "0.600", "0.600", "4"),
                figure.select("details tbody tr").get(1).children().eachText());
    }

    @Test
    void theReliabilityChartTabulatesEveryBinOfEveryGroup() {
        Element figure = failing().select("figure.fr-figure").get(2);
        Elements rows = figure.select("details tbody tr");
        assertEquals(10, rows.size());
        assertEquals("0.0–0.1", rows.get(0).child(0).text());
        // 4, 6 and 8 images in all: every bin is under the minimum, so no point is drawn and the legend says so
        assertEquals(List.of("a: ECE " + ece(figure, 0) + ", n 4; 3 bins under 10 images not drawn",
                        "b: ECE " + ece(figure, 1) + ", n 6; 4 bins under 10 images not drawn",
                        "c: ECE " + ece(figure, 2) + ", n 8; 6 bins under 10 images not drawn"),
                figure.select("svg text.fr-legend").eachText());
        assertTrue(figure.select("svg path.fr-curve").isEmpty(), "no curve from bins of 1-3 images");
        assertEquals(3 + 4 + 6, figure.select("details tbody td").eachText().stream()
                .filter(t -> t.matches("\\d \\(not drawn\\)")).count(), "the numbers keep every bin, marked");
    }

    @Test
    void theStandaloneDocumentFetchesNothingAndRunsNothing() {
        String html = ReportFixtures.page(ReportFixtures.fairlearn(dir, 1, TPR_DIFFERENCE)).document();
        Document doc = org.jsoup.Jsoup.parse(html);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:",
                doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertTrue(doc.select("script, link, img, iframe, object, embed").isEmpty());
        assertTrue(doc.select("[src]").isEmpty());
        for (String href : doc.select("[href]").eachAttr("href")) {
            assertTrue(href.startsWith("#"), href);
        }
        assertFalse(html.contains("url("), "no style fetches anything");
    }

    @Test
    void theSiteFragmentCarriesItsOwnScopedStyleAndTheSameContent() {
        ReportPage page = ReportFixtures.page(ReportFixtures.fairlearn(dir, 1, TPR_DIFFERENCE));
        assertTrue(page.fragment().startsWith("<style>"));
        assertTrue(page.fragment().contains("</style><div class=\"fr-report\" lang=\"en\"><section id=\"fr-verdict\""));
        assertEquals("Fairness report: demo-model", page.title());
        assertEquals("Fairness checks not met: 0 of 1 rule met, 1 violated, 0 undetermined.", page.summary());
        int styleEnd = page.fragment().indexOf("</style>") + "</style>".length();
        assertTrue(page.document().contains(page.fragment().substring(styleEnd)));
    }

    private static String ece(Element figure, int group) {
        return figure.ownerDocument().select("table.fr-groups").get(0).select("tbody tr").stream()
                .filter(r -> r.child(0).text().equals("ECE (calibration error)")).findFirst().orElseThrow()
                .child(group + 1).text();
    }

    private static List<String> cells(Element table, int row) {
        return table.select("tbody tr").get(row).children().eachText();
    }

    private static List<String> row(Element table, String header) {
        for (Element tr : table.select("tbody tr")) {
            if (tr.child(0).text().equals(header)) {
                return tr.children().eachText();
            }
        }
        throw new AssertionError("no row " + header);
    }
}

package dev.fairness.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;
import dev.fairness.report.HtmlReport;
import dev.fairness.report.ReportSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's comparison section as a reviewer reads it: its words in the report's language, Δ rows, a table of change rules. */
class ComparisonReportTest {
    private static final PlantedPair PAIR = new PlantedPair();

    @TempDir
    Path dir;

    private String report(Locale locale) throws IOException {
        return report(locale, new Rule(new Measure(Metric.TPR, null), "sex", null, GapMethod.DIFFERENCE, null, 0.10,
                null, MissingPolicy.WARN));
    }

    private String report(Locale locale, Rule... absolute) throws IOException {
        Path base = PAIR.write(dir.resolve("baseline.csv"), PAIR.baseline());
        Path candidate = PAIR.write(dir.resolve("candidate.csv"), PAIR.regression());
        ChangeRule rule = new ChangeRule(new Measure(Metric.TPR, null), ChangeScope.GAP, "sex", null,
                GapMethod.DIFFERENCE, null, 0.02, null, GateOn.POINT, List.of());
        ComparisonResult result = PlantedPair.compare(PlantedPair.spec(candidate, dir.resolve("out"), 200)
                        .withRules(absolute),
                ComparisonSpec.NONE.withBaseline(new Baseline(base, null), List.of(rule)));
        return HtmlReport.render(new ReportSource(result.candidates().get(0).result(), "p", result), locale)
                .toMap().toString();
    }

    @Test
    void theComparisonsWordsComeFromTheReportsMessagesInItsLanguage() throws IOException {
        String html = report(new Locale("eo"));

        assertTrue(html.contains("<section id=\"fr-comparison\"><h2>Komparo de modeloj</h2>"), "the title");
        assertTrue(html.contains("<a href=\"#fr-comparison\">Komparo de modeloj</a>"), "the contents");
        assertTrue(html.contains("<h3>Ŝanĝreguloj kontraŭ la bazlinio</h3>"), "the change rules' title");
        assertTrue(html.contains("<th scope=\"col\">Ŝanĝo (KI)</th>"), "a change rules' column");
        assertTrue(html.contains("<th scope=\"row\">Δ candidate − baseline</th>"), "the Δ row");
    }

    @Test
    void thePairedDifferenceHasARowOfItsOwnAndEachChangeRuleARowWithItsStatus() throws IOException {
        String html = report(Locale.ENGLISH);

        assertTrue(html.contains("<tr class=\"fr-difference\"><th scope=\"row\">Δ candidate − baseline</th>"
                + "<td class=\"fr-num\">"), "the Δ row");
        assertTrue(html.contains("<tr class=\"fr-change-violated\" title=\"Regression for label &#39;Effusion&#39;, "
                + "attribute &#39;sex&#39;: TPR difference grew from 0.040 to 0.090"), "the log's line as the tooltip");
        assertTrue(html.contains("<td>Effusion</td><td>sex</td><td>TPR difference</td><td class=\"fr-num\">0.040</td>"
                + "<td class=\"fr-num\">0.090</td><td class=\"fr-num\">+0.050 ("), "the values");
        assertTrue(html.contains("<td class=\"fr-num\">increase ≤ 0.020</td><td class=\"fr-status fr-status-violated\">"
                + "<span aria-hidden=\"true\">✗</span> Violated</td>"), "the limit and the status");
    }

    @Test
    void aRegressionFailsTheBannerAsItFailsTheBuildThoughEveryAbsoluteRuleIsMet() throws IOException {
        String html = report(Locale.ENGLISH);

        assertTrue(html.contains("<section id=\"fr-verdict\" class=\"fr-verdict fr-verdict-failed\""), "the state");
        assertTrue(html.contains("Fairness checks not met</p><p class=\"fr-verdict-counts\">1 of 1 rule met, 0 violated, "
                + "0 undetermined.</p><p class=\"fr-verdict-counts\">Change rules against the baseline: 0 of 1 within the "
                + "allowed change, 1 violated, 0 undetermined.</p>"), "the counts");
        assertTrue(html.contains("<ul class=\"fr-verdict-violations\"><li>TPR difference by sex for Effusion changed "
                + "from 0.040 to 0.090, +0.050 ("), "the regression");
    }

    @Test
    void theChartDrawsTheGapAChangeRuleLimitsRatherThanTheFirstGap() throws IOException {
        Rule aucBySex = new Rule(new Measure(Metric.AUC, null), "sex", null, GapMethod.DIFFERENCE, null, 0.20, null,
                MissingPolicy.WARN);
        String html = report(Locale.ENGLISH, aucBySex);

        assertTrue(html.contains("<th scope=\"col\">AUC difference by sex</th><th scope=\"col\">TPR difference by sex</th>"),
                "the first gap is the AUC difference");

        assertTrue(html.contains("aria-label=\"AUC against TPR difference by sex, Effusion\""), "the chart's gap");
        assertTrue(html.contains("<figcaption>AUC against TPR difference by sex per model, with intervals</figcaption>"));
    }
}

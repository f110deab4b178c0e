package dev.fairness.report;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Evaluator;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.GapMethod;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every value from data or configuration is text in the report, never markup: a group called
 * {@code <script>alert(1)</script>}, a label {@code <i>y</i>}, an attribute {@code <b>group</b>} and a project
 * name that closes an attribute.
 */
class ReportEscapingTest {
    static final String GROUP = "<script>alert(1)</script>";
    static final String LABEL = "<i>y</i>";
    static final String ATTRIBUTE = "<b>group</b>";
    static final String PROJECT = "\"><img src=x onerror=alert(2)>";

    /** Fairlearn's example with group 'a' renamed, under hostile label and attribute names. */
    static ReportPage hostile(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("id,true_" + LABEL + ",score_" + LABEL + "," + ATTRIBUTE + "\n");
        for (int i = 0; i < ReportFixtures.TRUE.length; i++) {
            String group = ReportFixtures.GROUP[i].equals("a") ? GROUP : ReportFixtures.GROUP[i];
            csv.append("s").append(i).append(',').append(ReportFixtures.TRUE[i]).append(',')
                    .append(ReportFixtures.PRED[i].equals("1") ? "0.8" : "0.2").append(',').append(group).append('\n');
        }
        csv.append("x1,1,0.9,\n");
        Path file = Files.writeString(dir.resolve("predictions.csv"), csv);
        Rule rule = new Rule(Measure.parse("tpr"), ATTRIBUTE, null, GapMethod.TO_REFERENCE, GROUP, 0.05, null,
                MissingPolicy.WARN);
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(file, LabelSpec.binaryColumns(List.of(LABEL))),
                        dir.resolve("out"))
                .withGroupings(Groupings.of(ATTRIBUTE).withMinGroupSize(1).withMinClassCount(0))
                .withRules(rule);
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "1.2.3").evaluate(spec);
        return HtmlReport.render(new ReportSource(result, PROJECT), Locale.ENGLISH);
    }

    @Test
    void noValueFromDataOrConfigurationBecomesMarkup(@TempDir Path dir) throws IOException {
        ReportPage page = hostile(dir);
        for (String html : List.of(page.document(), page.fragment())) {
            assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element");
            assertFalse(html.contains("<img"), "no image element");
            assertFalse(html.contains("<i>") || html.contains("<b>"), "no markup from names");
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Document doc = Jsoup.parse(html);
            assertTrue(doc.select("script, img, i, b").isEmpty());
        }
    }

    @Test
    void theHostileNamesAppearAsTextWhereverTheyAreShown(@TempDir Path dir) throws IOException {
        Document doc = Jsoup.parse(hostile(dir).document());
        assertEquals("Fairness report: " + PROJECT, doc.title());
        Element groups = doc.selectFirst("table.fr-groups");
        assertEquals(List.of("Metric", GROUP, "b", "c", "all samples"), groups.select("thead th").eachText());
        assertEquals(LABEL + " by " + ATTRIBUTE + " at threshold 0.500", groups.selectFirst("caption").text());
        Element rule = doc.selectFirst("#fr-rules tbody tr");
        assertEquals("TPR difference to reference (reference " + GROUP + ")", rule.child(1).text());
        assertEquals(LABEL, rule.child(2).text());
        assertEquals(ATTRIBUTE, rule.child(3).text());
        Element bars = doc.selectFirst("figure.fr-figure svg");
        assertEquals(LABEL + " by " + ATTRIBUTE + ": metrics per group", bars.attr("aria-label"));
        assertEquals(List.of(GROUP, "b", "c", "rule limit"), bars.select("text.fr-legend").eachText());
        assertTrue(doc.select("svg text.fr-legend").eachText().contains(GROUP + ": AUC 0.250, n 4"));
        assertEquals("x1", doc.select("#fr-data table").get(2).selectFirst("tbody td").text());
        assertEquals("no value for '" + ATTRIBUTE + "'", doc.select("#fr-data table").get(2).select("tbody td").get(3).text());
    }
}

package dev.fairness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.report.ComparisonFiles;
import dev.fairness.report.ComparisonLog;
import dev.fairness.report.HtmlReport;
import dev.fairness.report.ReportSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two named models from predictions: the log's comparison rows, fairness.json's sections and the report's. */
class ComparisonViewTest {
    private static final PlantedPair PAIR = new PlantedPair();

    @TempDir
    Path dir;

    private ComparisonResult twoModels() throws IOException {
        Path base = PAIR.write(dir.resolve("probe.csv"), PAIR.baseline());
        Path full = PAIR.write(dir.resolve("full.csv"), PAIR.regression());
        ComparisonSpec spec = new ComparisonSpec(List.of(new NamedModel("probe", null, base),
                new NamedModel("full", null, full)), List.of(), null, List.of());
        return PlantedPair.compare(PlantedPair.spec(null, dir.resolve("out"), 200), spec);
    }

    @Test
    void theLogShowsOneRowPerModelAndThePairedDifferenceUnderTheSecond() throws IOException {
        List<String> lines = ComparisonLog.lines(twoModels());

        assertEquals("Comparison of Effusion (paired bootstrap, 95% CIs; Δ: the model minus probe on the same images):",
                lines.get(0));
        assertEquals(List.of("model", "AUC", "accuracy", "F1", "AUC", "difference", "by", "sex"),
                List.of(lines.get(1).trim().split(" +")));
        assertTrue(lines.get(2).startsWith("  probe  "), lines.get(2));
        assertTrue(lines.get(3).startsWith("  full   "), lines.get(3));
        assertEquals("    Δ    -0.006 (-0.013 to -0.001)  -0.012 (-0.025 to -0.002)  -0.015 (-0.031 to -0.003)  "
                + "+0.012 (+0.002 to +0.029)", lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void fairnessJsonHasAModelSectionPerModelAndTheComparison() throws IOException {
        ComparisonResult result = twoModels();
        Path out = dir.resolve("out");
        Files.createDirectories(out);

        ComparisonFiles.write(result, out);

        JsonNode json = new ObjectMapper().readTree(out.resolve("fairness.json").toFile());
        assertEquals(3, json.get("schemaVersion").asInt());
        assertEquals("probe", json.at("/models/0/name").asText());
        assertEquals("models/full", json.at("/models/1/outputDirectory").asText());
        assertEquals("AUC", json.at("/comparison/labels/0/columns/0/name").asText());
        assertEquals(-0.006, json.at("/comparison/labels/0/columns/0/models/1/difference/value").asDouble(), 5e-4);
        assertTrue(Files.isRegularFile(out.resolve("models/full/fairness.json")));
        // both models' scores come from predictions files, which are not written again
        assertTrue(Files.isRegularFile(out.resolve("models/probe/fairness.json")));
        assertTrue(Files.notExists(out.resolve("models/probe/predictions.csv")));
    }

    @Test
    void theReportHasTheComparisonTableAndTheTradeOffChart() throws IOException {
        ComparisonResult result = twoModels();
        String html = HtmlReport.render(new ReportSource(result.candidates().get(0).result(), "p", result),
                Locale.ENGLISH).toMap().toString();

        assertTrue(html.contains("<section id=\"fr-comparison\"><h2>Model comparison</h2>"), "the section");
        assertTrue(html.contains("aria-label=\"AUC against AUC difference by sex, Effusion\""), "the chart");
    }

    @Test
    void aModelsGapShowsTheIntervalItsOwnEvaluationDerivedWhichHoldsTheGapItself() throws IOException {
        ComparisonResult result = twoModels();
        LabelComparison view = result.labels().get(0);
        PairedValues values = view.values();
        int gapColumns = 0;
        for (int q : view.columns()) {
            if (!(values.quantities().get(q) instanceof PairedQuantity.GapOf gap)) {
                continue;
            }
            gapColumns++;
            for (int m = 0; m < view.models().size(); m++) {
                dev.fairness.metrics.Interval shown = values.interval(m, q);
                dev.fairness.engine.GapSummary own = result.runs().get(m).result().labels().get(0).gaps().stream()
                        .filter(s -> s.grouping().equals(gap.grouping()) && s.measure().equals(gap.measure()))
                        .findFirst().orElseThrow();
                assertEquals(own.interval(), shown, "model " + m);
                assertTrue(shown.lower() <= values.point(m, q) && values.point(m, q) <= shown.upper(),
                        "model " + m + ": " + values.point(m, q) + " in " + shown);
            }
        }
        assertEquals(1, gapColumns);
    }
}

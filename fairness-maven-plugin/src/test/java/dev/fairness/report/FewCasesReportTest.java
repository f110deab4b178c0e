package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluatorStatisticsFixtures;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value resting on fewer cases of its class than the minimum class count (group '80+' of the statistics
 * fixture: 6 negatives, no positives) is marked in fairness.json and in the report, and the report shows the
 * count instead of its zero-width interval.
 */
class FewCasesReportTest {
    private static EvaluationResult result;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        EvaluationResult r = EvaluatorStatisticsFixtures.result(dir);
        result = new EvaluationResult(r.createdAt(), r.pluginVersion(), r.model(), r.data(), r.minGroupSize(),
                r.labels(), r.verdict(), r.predictions(), r.bootstrap(), r.validationSource(), 10,
                r.groupings());
    }

    @Test
    void fairnessJsonMarksAValueFromTooFewCasesWithItsClassAndCount() {
        JsonNode json = FairnessJson.toJson(result);
        assertEquals(10, json.at("/settings/minClassCount").asInt());
        assertEquals("80+", json.at("/labels/0/groupings/1/groups/2/name").asText());
        JsonNode fpr = json.at("/labels/0/groupings/1/groups/2/metrics/fpr");
        assertEquals("{\"class\":\"negatives\",\"cases\":6,\"minClassCount\":10}", fpr.get("fewCases").toString());
        assertTrue(json.at("/labels/0/groupings/0/groups/0/metrics/fpr/fewCases").isMissingNode());
    }

    @Test
    void theReportShowsTheCountInsteadOfTheIntervalAndExplainsTheMark() {
        Document doc = ReportFixtures.document(ReportFixtures.source(result));
        Element table = doc.select("table.fr-groups").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith("Effusion by age")).findFirst().orElseThrow();
        Element fprRow = table.select("tbody tr").stream()
                .filter(r -> r.child(0).text().startsWith("FPR")).findFirst().orElseThrow();
        List<String> header = table.select("thead th").eachText();
        int column = header.indexOf("80+ *");
        assertEquals("0.000 (6 neg) †", fprRow.child(column).text());
        assertTrue(fprRow.child(column).hasClass("fr-few"));
        assertTrue(doc.select("p.fr-note").eachText().contains("† fewer than 10 cases of the class the metric rests "
                + "on (minClassCount), shown in brackets: no interval, and left out of rules on that metric."));
    }
}

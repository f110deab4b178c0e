package dev.fairness.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluatorStatisticsFixtures;
import dev.fairness.gate.Gate;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.Verdict;
import dev.fairness.metrics.GapMethod;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule's own {@code <minClassCount>} marks the values it holds to it, although the plugin's minimum is 0: the
 * statistics fixture's group '80+' has 6 negatives, fewer than the 7 an {@code fpr} rule on age asks for.
 */
class RuleMinClassCountMarkTest {
    private static final String NOTE = "† fewer cases of the class the metric rests on than the minimum class count "
            + "(minClassCount 0; 7 for the fpr/age rule), shown in brackets: no interval, and left out of rules on "
            + "that metric.";
    private static EvaluationResult result;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        EvaluationResult r = EvaluatorStatisticsFixtures.result(dir);
        Rule fprByAge = new Rule(Measure.parse("fpr"), "age", null, GapMethod.DIFFERENCE, null, 0.5, null,
                MissingPolicy.WARN, GateOn.POINT, 7);
        Verdict verdict = new Gate(r.minGroupSize(), 0).evaluate(List.of(fprByAge),
                Map.of("Effusion", r.labels().get(0).metrics()));
        result = new EvaluationResult(r.createdAt(), r.pluginVersion(), r.model(), r.data(), r.minGroupSize(),
                r.labels(), verdict, r.predictions(), r.bootstrap(), r.validationSource(), 0, r.groupings());
    }

    @Test
    void theLogTableMarksTheValueAndNamesTheRulesMinimum() {
        List<String> table = LogTable.lines(result);
        String row = table.stream().filter(l -> l.startsWith("  80+*")).findFirst().orElseThrow();
        assertTrue(row.contains("  0.000 (6 neg)†  "), row);
        assertTrue(table.contains(NOTE), String.join("\n", table));
    }

    @Test
    void onlyTheRulesMetricIsMarked() {
        String row = LogTable.lines(result).stream().filter(l -> l.startsWith("  80+*")).findFirst().orElseThrow();
        assertEquals(1, row.split("†", -1).length - 1, row);
    }

    @Test
    void theReportMarksTheValueAndNamesTheRulesMinimum() {
        Document doc = ReportFixtures.document(ReportFixtures.source(result));
        Element table = doc.select("table.fr-groups").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith("Effusion by age")).findFirst().orElseThrow();
        Element fprRow = table.select("tbody tr").stream()
                .filter(r -> r.child(0).text().startsWith("FPR")).findFirst().orElseThrow();
        int column = table.select("thead th").eachText().indexOf("80+ *");
        assertEquals("0.000 (6 neg) †", fprRow.child(column).text());
        assertTrue(doc.select("p.fr-note").eachText().contains(NOTE), doc.select("p.fr-note").eachText().toString());
    }

    @Test
    void fairnessJsonMarksTheValueWithTheMinimumItIsHeldTo() {
        JsonNode json = FairnessJson.toJson(result);
        assertEquals("80+", json.at("/labels/0/groupings/1/groups/2/name").asText());
        assertEquals("{\"class\":\"negatives\",\"cases\":6,\"minClassCount\":7}",
                json.at("/labels/0/groupings/1/groups/2/metrics/fpr/fewCases").toString());
        assertTrue(json.at("/labels/0/overall/fpr/fewCases").isMissingNode());
    }
}

package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluatorStatisticsFixtures;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Inconclusive;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Interval;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inconclusive point rule (its interval straddles the limit) shows the same finding in fairness.json and in the
 * report as in its log line. The limit is set inside the TPR-by-sex interval of the statistics fixture, found by a
 * first evaluation, so that the rule is inconclusive whatever the seeded numbers are.
 */
class InconclusiveReportTest {
    private static EvaluationResult result;
    private static RuleResult rule;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        Rule probe = tprBySex(1.0);
        Interval ci = EvaluatorStatisticsFixtures.result(dir, List.of(probe)).verdict().results().get(0).interval();
        result = EvaluatorStatisticsFixtures.result(dir, List.of(tprBySex((ci.lower() + 3 * ci.upper()) / 4)));
        rule = result.verdict().results().get(0);
    }

    private static Rule tprBySex(double maximum) {
        return new Rule(Measure.parse("tpr"), "sex", null, GapMethod.DIFFERENCE, null, maximum, null,
                MissingPolicy.WARN, GateOn.POINT);
    }

    @Test
    void theRuleIsInconclusiveAndItsLineSaysSo() {
        Inconclusive i = rule.inconclusive();
        assertTrue(i.hasEstimate());
        assertEquals((long) Math.ceil(i.smallestGroup() * Math.pow(i.reach() / i.distance(), 2)), i.imagesPerGroup());
        assertTrue(RuleMessages.outcome(rule).endsWith("; inconclusive: the 95% CI straddles the maximum, so this test "
                + "set cannot decide the rule at its size; about " + i.imagesPerGroup() + " images per group would (the "
                + "smallest group, n = " + i.smallestGroup() + ", scaled by (distance from the value to "
                + "the CI bound beyond the limit " + RuleMessages.format(i.reach()) + " / to the limit "
                + RuleMessages.format(i.distance())
                + ")²)"), RuleMessages.outcome(rule));
    }

    @Test
    void fairnessJsonRecordsTheEstimateAndHowItWasMade() {
        JsonNode node = FairnessJson.toJson(result).at("/rules/0/inconclusive");
        Inconclusive i = rule.inconclusive();
        assertEquals(i.imagesPerGroup(), node.get("imagesPerGroup").asLong());
        assertEquals(i.smallestGroup(), node.get("smallestGroup").asLong());
        assertEquals(i.reach(), node.get("boundDistance").asDouble());
        assertTrue(i.imagesPerGroup() > i.smallestGroup(), "a size that decides is larger than today's");
        assertEquals(i.distance(), node.get("distanceToLimit").asDouble());
        assertEquals("smallestGroup * (boundDistance / distanceToLimit)^2", node.get("estimate").asText());
        assertEquals(RuleMessages.outcome(rule), FairnessJson.toJson(result).at("/rules/0/message").asText());
    }

    @Test
    void theReportsRulesTableSaysTheRuleIsInconclusiveUnderItsStatus() {
        Element note = ReportFixtures.document(ReportFixtures.source(result)).selectFirst("table.fr-rules .fr-inconclusive");
        Inconclusive i = rule.inconclusive();
        assertEquals("Inconclusive: the 95% CI straddles the limit, so this test set cannot decide the rule at its size; "
                + "about " + i.imagesPerGroup() + " images per group would (the smallest group, n = " + i.smallestGroup()
                + ", scaled by (distance from the value to the CI bound beyond the limit / to the limit)²). The status follows the point value.", note.text());
    }
}

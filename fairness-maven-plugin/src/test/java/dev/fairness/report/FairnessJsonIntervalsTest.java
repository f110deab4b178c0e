package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.engine.EvaluatorStatisticsFixtures;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fairness.json (schema 2) with intervals, the operating point, gap summaries and interval-gated rules. */
class FairnessJsonIntervalsTest {
    private static JsonNode json;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        json = FairnessJson.toJson(EvaluatorStatisticsFixtures.result(dir));
    }

    @Test
    void theSchemaVersionIsTwoSinceRulesCarryTheirDecision() {
        assertEquals(3, json.get("schemaVersion").asInt());
    }

    @Test
    void aRuleRecordsWhyTheGateDecidedItAndWhatItCompared() {
        JsonNode significant = json.at("/rules/0");
        assertEquals("lowerBound", significant.at("/decision/compared").asText());
        assertEquals(significant.at("/value/ci/lower").asDouble(), significant.at("/decision/evidence").asDouble());
        assertEquals(significant.get("status").asText().equals("passed") ? "withinLimit" : "beyondLimit",
                significant.at("/decision/reason").asText());
        JsonNode point = json.at("/rules/2");
        assertEquals("{\"reason\":\"withinLimit\",\"compared\":\"value\",\"evidence\":"
                + point.at("/value/value").asDouble() + "}", point.get("decision").toString());
    }

    @Test
    void theSettingsSayHowIntervalsWereComputed() {
        JsonNode b = json.at("/settings/bootstrap");
        assertEquals(200, b.get("replicates").asInt());
        assertEquals(0.95, b.get("confidenceLevel").asDouble());
        assertEquals(42, b.get("seed").asLong());
        assertEquals("wilson score for counted rates (tpr, tnr, fpr, fnr, ppv, npv, accuracy, selectionRate); "
                + "percentile of the replicates for the others", b.get("interval").asText());
        assertTrue(json.at("/settings/validationSource").isNull());
    }

    @Test
    void everyRateHasItsIntervalNextToItsValue() {
        JsonNode tpr = json.at("/labels/0/groupings/0/groups/0/metrics/tpr");
        assertEquals("F", json.at("/labels/0/groupings/0/groups/0/name").asText());
        double value = tpr.get("value").asDouble();
        assertTrue(tpr.at("/ci/lower").asDouble() <= tpr.at("/ci/upper").asDouble());
        assertTrue(value > 0 && value < 1);
        assertTrue(json.at("/labels/0/groupings/0/groups/0/metrics/n/ci").isMissingNode(), "counts have no interval");
        assertTrue(json.at("/labels/0/overall/auc/ci/lower").isNumber());
    }

    @Test
    void anUndefinedValueHasNoNumberAndItsIntervalSaysWhy() {
        JsonNode tpr = json.at("/labels/0/groupings/1/groups/2/metrics/tpr");
        assertEquals("80+", json.at("/labels/0/groupings/1/groups/2/name").asText());
        assertTrue(tpr.get("value").isNull());
        assertEquals("no positive samples", tpr.get("undefined").asText());
        assertTrue(tpr.get("ci").isNull());
        assertEquals(200, tpr.get("undefinedReplicates").asInt());
        assertEquals("no positive samples", tpr.get("undefinedReplicatesReason").asText());
    }

    @Test
    void theOperatingPointIsRecorded() {
        JsonNode op = json.at("/labels/0/operatingPoint");
        assertEquals("targetFpr", op.get("method").asText());
        assertEquals(0.2, op.get("targetRate").asDouble());
        assertEquals("test set", op.get("chosenOn").asText());
        assertEquals(json.at("/labels/0/threshold").asDouble(), op.get("threshold").asDouble());
        assertTrue(op.get("fpr").asDouble() <= 0.2);
    }

    @Test
    void everyGroupingListsTheDifferenceGapOfEveryMetricWithItsInterval() {
        JsonNode gaps = json.at("/labels/0/groupings/0/gaps");
        assertEquals(18, gaps.size());
        JsonNode odds = gaps.get(17);
        assertEquals("demographicParity", odds.get("metric").asText());
        assertEquals("difference", odds.get("gap").asText());
        assertTrue(odds.at("/value/ci/lower").isNumber());
        assertEquals("80+", json.at("/labels/0/groupings/1/gaps/0/excludedGroups/0/group").asText());
    }

    @Test
    void aRuleRecordsWhatItGatesOnAndItsInterval() {
        JsonNode rule = json.at("/rules/0");
        assertEquals("significant", rule.get("gateOn").asText());
        assertTrue(rule.at("/value/ci/upper").isNumber());
        JsonNode met = json.at("/rules/2");
        assertEquals("met", met.get("status").asText().equals("passed") ? "met" : met.get("status").asText());
        assertTrue(met.get("message").asText().matches("Rule met for label 'Effusion', attribute 'age': TPR "
                + "difference is 0\\.\\d{3} \\(95% CI \\d\\.\\d{3}–\\d\\.\\d{3}; maximum 0\\.200\\) \\('40-80' "
                + "0\\.\\d{3}, '0-40' 0\\.\\d{3}\\)(; inconclusive: .*)?"), met.get("message").asText());
    }

    @Test
    void aRuleRecordsTheSignedComparisonsItsIntervalIsDerivedFrom() {
        JsonNode rule = json.at("/rules/0");
        assertEquals("max-t", rule.get("intervalMethod").asText());
        assertTrue(rule.get("criticalValue").asDouble() > 1.5, rule.toString());
        JsonNode first = rule.at("/comparisons/0");
        assertEquals("tpr", first.get("metric").asText());
        assertEquals("difference", first.get("scale").asText());
        double estimate = first.get("estimate").asDouble();
        assertTrue(first.get("lower").asDouble() <= estimate && estimate <= first.get("upper").asDouble(), first.toString());
        double largest = 0;
        for (JsonNode c : rule.get("comparisons")) {
            largest = Math.max(largest, Math.abs(c.get("estimate").asDouble()));
        }
        assertEquals(rule.at("/value/value").asDouble(), largest, 1e-12, "the gap is the largest signed difference");
        assertEquals("max-t: simultaneous over the gap's signed comparisons; of counted rates, two groups' "
                + "difference or ratio: MOVER with their Jeffreys bounds, a group against the overall line: MOVER on "
                + "the group and the rest of the line; of AUC and F1, a group against the overall line: the logit "
                + "scale's shape with the bootstrap SD's width; any other comparison: estimate ± max-t × bootstrap SD",
                json.at("/settings/bootstrap/gapInterval").asText());
    }
}

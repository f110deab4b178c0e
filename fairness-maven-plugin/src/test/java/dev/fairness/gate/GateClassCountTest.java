package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.groups.Grouping;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.LabelMetricsCalculator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A group is left out of a rule when the class behind the rule's metric has fewer cases than the minimum class
 * count. Group 'A' has 40 rows: 35 positives (all predicted positive) and 5 negatives (one predicted positive);
 * group 'B' has 40 rows: 20 positives (15 predicted positive) and 20 negatives (2 predicted positive).
 */
class GateClassCountTest {
    private static Map<String, LabelMetrics> metrics() {
        int n = 80;
        boolean[] truth = new boolean[n];
        double[] scores = new double[n];
        int[] groupOf = new int[n];
        for (int i = 0; i < 40; i++) {
            truth[i] = i < 35;
            scores[i] = i < 35 || i == 35 ? 0.9 : 0.1;
        }
        for (int i = 40; i < 80; i++) {
            int j = i - 40;
            groupOf[i] = 1;
            truth[i] = j < 20;
            scores[i] = j < 15 || j == 20 || j == 21 ? 0.8 : 0.2;
        }
        Grouping g = new Grouping("site", List.of("A", "B"), groupOf);
        return Map.of("y", new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of(g)));
    }

    private static RuleResult evaluate(String metric, int minClassCount) {
        Rule rule = new Rule(Measure.parse(metric), "site", null, GapMethod.DIFFERENCE, null, 0.5, null,
                MissingPolicy.WARN);
        return new Gate(30, minClassCount).evaluate(List.of(rule), metrics()).results().get(0);
    }

    @Test
    void aGroupWithTooFewNegativesIsLeftOutOfAnFprRule() {
        RuleResult r = evaluate("fpr", 10);
        assertEquals(List.of(new ExcludedGroup("A", 40, "5 negatives are fewer than the 10 that FPR needs "
                + "(minClassCount)")), r.excluded());
        assertEquals(List.of("Rule could not be evaluated for label 'y', attribute 'site': FPR difference is "
                        + "undefined (fewer than 2 groups with a defined value (1 of 1)).",
                "Group 'A' left out of the FPR difference rule for label 'y', attribute 'site': 5 negatives are fewer "
                        + "than the 10 that FPR needs (minClassCount)."), r.warnings());
        assertEquals(RuleStatus.UNDETERMINED, r.status());
    }

    @Test
    void theSameGroupStaysInATprRuleBecauseItHasEnoughPositives() {
        RuleResult r = evaluate("tpr", 10);
        assertEquals(List.of(), r.excluded());
        assertEquals(RuleStatus.PASSED, r.status());
    }

    @Test
    void aucNeedsBothClassesAndNamesTheScarcerOne() {
        assertEquals("5 negatives are fewer than the 10 that AUC needs (minClassCount)",
                evaluate("auc", 10).excluded().get(0).reason());
    }

    @Test
    void ppvCountsPredictedPositives() {
        assertEquals(List.of(new ExcludedGroup("B", 40, "17 predicted positives are fewer than the 20 that PPV needs "
                + "(minClassCount)")), evaluate("ppv", 20).excluded());
    }

    @Test
    void npvCountsPredictedNegatives() {
        assertEquals("4 predicted negatives are fewer than the 10 that NPV needs (minClassCount)",
                evaluate("npv", 10).excluded().get(0).reason());
    }

    @Test
    void equalizedOddsLeavesOutAGroupShortOfEitherClass() {
        assertEquals("5 negatives are fewer than the 10 that FPR needs (minClassCount)",
                evaluate("equalizedOdds", 10).excluded().get(0).reason());
    }

    @Test
    void aMinimumOfZeroRequiresNothing() {
        assertEquals(List.of(), evaluate("fpr", 0).excluded());
    }

    @Test
    void aRuleOwnMinimumOverridesTheGates() {
        Rule rule = new Rule(Measure.parse("ppv"), "site", null, GapMethod.DIFFERENCE, null, 0.5, null,
                MissingPolicy.WARN, GateOn.POINT, 20);
        RuleResult r = new Gate(30, 10).evaluate(List.of(rule), metrics()).results().get(0);
        assertEquals(List.of(new ExcludedGroup("B", 40, "17 predicted positives are fewer than the 20 that PPV needs "
                + "(minClassCount)")), r.excluded());
        Rule none = new Rule(Measure.parse("fpr"), "site", null, GapMethod.DIFFERENCE, null, 0.5, null,
                MissingPolicy.WARN, GateOn.POINT, 0);
        assertEquals(List.of(), new Gate(30, 10).evaluate(List.of(none), metrics()).results().get(0).excluded());
    }

    @Test
    void aNegativeRuleMinimumBreaksTheRuleInvariant() {
        // the user's message is RulesReader's (RulesReaderTest); a rule made with one is a programming error
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Rule(Measure.parse("fpr"), "site", null, GapMethod.DIFFERENCE, null, 0.5, null,
                        MissingPolicy.WARN, GateOn.POINT, -1));
    }
}

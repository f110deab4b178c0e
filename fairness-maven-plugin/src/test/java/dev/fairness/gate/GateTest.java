package dev.fairness.gate;

import dev.fairness.InputException;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.LabelMetrics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules over Fairlearn's documentation example (design notes): TPR by group a/b/c is .5/.6/.4, FPR 1.0/0/.6667,
 * selection rate .75/.5/.5; equalized odds difference 1.0.
 */
class GateTest {
    /** Fairlearn's documentation example, shared with the interval tests. */
    private static Map<String, LabelMetrics> fairlearnExample() {
        return FairlearnExampleGate.point();
    }

    private static Rule rule(String metric, GapMethod gap, String reference, Double max, Double min, MissingPolicy policy) {
        return new Rule(Measure.parse(metric), "group", null, gap, reference, max, min, policy);
    }

    @Test
    void aGapAboveTheMaximumViolatesTheRuleWithAnExactMessage() {
        Verdict v = new Gate(1).evaluate(List.of(rule("tpr", GapMethod.DIFFERENCE, null, 0.1, null, MissingPolicy.WARN)),
                fairlearnExample());
        assertFalse(v.passed());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200, but expected maximum "
                + "is 0.100 ('b' 0.600, 'c' 0.400)", RuleMessages.violation(v.results().get(0)));
    }

    @Test
    void equalizedOddsIsTheLargerOfTheTprAndFprDifferences() {
        Verdict v = new Gate(1).evaluate(List.of(rule("equalizedOdds", GapMethod.DIFFERENCE, null, 0.99, null,
                MissingPolicy.WARN)), fairlearnExample());
        assertEquals(1.0, v.results().get(0).gap().value().value(), 1e-12);
        assertEquals("Rule violated for label 'y', attribute 'group': equalized odds difference is 1.000, but expected "
                + "maximum is 0.990 ('a' 1.000, 'b' 0.000)", RuleMessages.violation(v.results().get(0)));
    }

    @Test
    void aGapWithinTheMaximumPasses() {
        Verdict v = new Gate(1).evaluate(List.of(rule("demographicParity", GapMethod.DIFFERENCE, null, 0.25, null,
                MissingPolicy.WARN)), fairlearnExample());
        assertTrue(v.passed());
        assertEquals(RuleStatus.PASSED, v.results().get(0).status());
    }

    @Test
    void aMetRuleIsLoggedWithItsValueAndLimit() {
        Verdict v = new Gate(1).evaluate(List.of(rule("demographicParity", GapMethod.DIFFERENCE, null, 0.3, null,
                MissingPolicy.WARN)), fairlearnExample());
        assertEquals("Rule met for label 'y', attribute 'group': demographic parity difference is 0.250 (maximum "
                + "0.300) ('a' 0.750, 'b' 0.500)", RuleMessages.outcome(v.results().get(0)));
    }

    @Test
    void aMinimumRuleOnTheRatioFailsBelowIt() {
        Verdict v = new Gate(1).evaluate(List.of(rule("selectionRate", GapMethod.RATIO, null, null, 0.8,
                MissingPolicy.WARN)), fairlearnExample());
        assertEquals("Rule violated for label 'y', attribute 'group': selection rate ratio is 0.667, but expected "
                + "minimum is 0.800 ('a' 0.750, 'b' 0.500)", RuleMessages.violation(v.results().get(0)));
    }

    @Test
    void groupsBelowTheMinimumSizeAreLeftOutWithAWarningByDefault() {
        // a has 4 rows, b 6, c 8: with a minimum of 5, 'a' is left out and the TPR difference is b - c = 0.2
        RuleResult r = new Gate(5).evaluate(List.of(rule("tpr", GapMethod.DIFFERENCE, null, 0.3, null,
                MissingPolicy.WARN)), fairlearnExample()).results().get(0);
        assertEquals(RuleStatus.PASSED, r.status());
        assertEquals(List.of(new ExcludedGroup("a", 4, "n = 4 is below the minimum group size 5")), r.excluded());
        assertEquals(List.of("Group 'a' left out of the TPR difference rule for label 'y', attribute 'group': "
                + "n = 4 is below the minimum group size 5."), r.warnings());
    }

    @Test
    void theFailPolicyTurnsALeftOutGroupIntoAViolation() {
        RuleResult r = new Gate(5).evaluate(List.of(rule("tpr", GapMethod.DIFFERENCE, null, 0.3, null,
                MissingPolicy.FAIL)), fairlearnExample()).results().get(0);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200, but expected maximum "
                + "is 0.300 ('b' 0.600, 'c' 0.400); groups were left out and the rule's policy is onMissing=fail: "
                + "'a' (n = 4 is below the minimum group size 5)", RuleMessages.violation(r));
    }

    @Test
    void aRuleThatCannotBeComputedIsUndeterminedWithAWarningNeverPassed() {
        RuleResult r = new Gate(7).evaluate(List.of(rule("tpr", GapMethod.DIFFERENCE, null, 0.3, null,
                MissingPolicy.WARN)), fairlearnExample()).results().get(0);
        assertEquals(RuleStatus.UNDETERMINED, r.status());
        assertTrue(r.warnings().get(0).startsWith("Rule could not be evaluated for label 'y', attribute 'group': "
                + "TPR difference is undefined ("), r.warnings().get(0));
    }

    @Test
    void anExcludedReferenceGroupMakesTheGapUndefined() {
        RuleResult r = new Gate(5).evaluate(List.of(rule("tpr", GapMethod.TO_REFERENCE, "a", 0.3, null,
                MissingPolicy.FAIL)), fairlearnExample()).results().get(0);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference to reference is undefined "
                + "(reference group 'a' is left out: n = 4 is below the minimum group size 5) and the rule's policy "
                + "is onMissing=fail", RuleMessages.violation(r));
    }

    @Test
    void anUnknownReferenceGroupIsAConfigurationError() {
        InputException e = assertThrows(InputException.class, () -> new Gate(1).evaluate(
                List.of(rule("tpr", GapMethod.TO_REFERENCE, "z", 0.3, null, MissingPolicy.WARN)), fairlearnExample()));
        assertEquals("The tpr rule on 'group' names reference group 'z', which does not exist. Groups: [a, b, c].",
                e.getMessage());
    }

    @Test
    void anUnknownLabelIsAConfigurationError() {
        Rule r = new Rule(Measure.parse("auc"), "group", "Effusion", GapMethod.DIFFERENCE, null, 0.1, null, MissingPolicy.WARN);
        InputException e = assertThrows(InputException.class, () -> new Gate(1).evaluate(List.of(r), fairlearnExample()));
        assertEquals("The auc rule names label 'Effusion', which is not a label of this test set. Labels: [y].", e.getMessage());
    }

    @Test
    void anUnknownMetricListsTheAcceptedNames() {
        InputException e = assertThrows(InputException.class, () -> Measure.parse("accuracyy"));
        assertEquals("Unknown metric 'accuracyy' in a <rule>. Use one of: prevalence, tpr, tnr, fpr, fnr, ppv, npv, "
                + "accuracy, balancedAccuracy, f1, selectionRate, auc, averagePrecision, brier, ece, equalizedOdds, "
                + "equalOpportunity, demographicParity.", e.getMessage());
    }

    @Test
    void aRuleWithoutALimitBreaksTheRuleInvariant() {
        // the user's message is RulesReader's (RulesReaderTest); a rule made without a limit is a programming error
        assertThrows(IllegalArgumentException.class, () -> rule("auc", GapMethod.DIFFERENCE, null, null, null, MissingPolicy.WARN));
    }

    @Test
    void limitsAreShownAsWrittenWithAtLeastThreeDecimals() {
        assertEquals("0.050", RuleMessages.formatLimit(0.05));
        assertEquals("0.0125", RuleMessages.formatLimit(0.0125));
        assertEquals("1.000", RuleMessages.formatLimit(1));
        assertEquals("0.0504", RuleMessages.format(0.0504, 0.05));
    }
}

package dev.fairness.gate;

import static dev.fairness.gate.FairlearnExampleGate.evaluate;
import static dev.fairness.gate.FairlearnExampleGate.point;
import static dev.fairness.gate.FairlearnExampleGate.tprDifference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.metrics.GapMethod;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Rules gated on the point value or on the interval, with exact messages, on {@link FairlearnExampleGate}'s
 * fixture (TPR difference of 'b' and 'c' 0.200, interval 0.105–0.295; selection rate ratio 0.667).
 */
class GateIntervalTest {
    @Test
    void aPointRuleShowsTheIntervalNextToTheValue() {
        RuleResult r = tprDifference(5, 0.1, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295), "
                + "but expected maximum is 0.100 ('b' 0.600, 'c' 0.400)", RuleMessages.violation(r));
    }

    @Test
    void aSignificantRuleFailsWhenEvenTheLowerBoundIsAboveTheMaximum() {
        RuleResult r = tprDifference(5, 0.1, MissingPolicy.WARN, GateOn.SIGNIFICANT, 41);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295), "
                + "but expected maximum is 0.100 ('b' 0.600, 'c' 0.400); gateOn significant: even the lower bound 0.105 is "
                + "above the maximum, so the gap is significantly above it",
                RuleMessages.violation(r));
    }

    @Test
    void aSignificantRulePassesAGapAboveTheMaximumThatIsNotSignificant() {
        RuleResult r = tprDifference(5, 0.15, MissingPolicy.WARN, GateOn.SIGNIFICANT, 41);
        assertEquals(RuleStatus.PASSED, r.status());
        assertEquals("Rule met for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295; "
                + "maximum 0.150) ('b' 0.600, 'c' 0.400); gateOn significant: the lower bound 0.105 is not above the maximum, "
                + "so the gap is not significantly above it", RuleMessages.outcome(r));
    }

    @Test
    void aCertainRuleFailsAGapBelowTheMaximumWhoseIntervalReachesAboveIt() {
        RuleResult r = tprDifference(5, 0.25, MissingPolicy.WARN, GateOn.CERTAIN, 41);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295), "
                + "but expected maximum is 0.250 ('b' 0.600, 'c' 0.400); gateOn certain: the upper bound 0.295 is above the "
                + "maximum, so the gap is not certainly within it", RuleMessages.violation(r));
    }

    @Test
    void aCertainRulePassesWhenTheWholeIntervalIsWithinTheMaximum() {
        RuleResult r = tprDifference(5, 0.3, MissingPolicy.WARN, GateOn.CERTAIN, 41);
        assertEquals(RuleStatus.PASSED, r.status());
        assertEquals("Rule met for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295; "
                + "maximum 0.300) ('b' 0.600, 'c' 0.400); gateOn certain: even the upper bound 0.295 is not above the maximum, "
                + "so the gap is certainly within it", RuleMessages.outcome(r));
    }

    @Test
    void aMinimumIsMirrored() {
        // selection rate ratio per replicate (0.5 + 0.005 r) / 0.75: bounds 0.505 / 0.75 and 0.695 / 0.75
        RuleResult notSignificant = evaluate(1, "selectionRate", GapMethod.RATIO, null, 0.8, MissingPolicy.WARN,
                GateOn.SIGNIFICANT, 41);
        assertEquals(RuleStatus.PASSED, notSignificant.status());
        assertEquals("Rule met for label 'y', attribute 'group': selection rate ratio is 0.667 (95% CI 0.680–0.941; "
                + "minimum 0.800) ('a' 0.750, 'b' 0.500); gateOn significant: the upper bound 0.941 is not below the minimum, "
                + "so the gap is not significantly below it",
                RuleMessages.outcome(notSignificant));
        RuleResult significant = evaluate(1, "selectionRate", GapMethod.RATIO, null, 0.95, MissingPolicy.WARN,
                GateOn.SIGNIFICANT, 41);
        assertEquals("Rule violated for label 'y', attribute 'group': selection rate ratio is 0.667 (95% CI "
                + "0.680–0.941), but expected minimum is 0.950 ('a' 0.750, 'b' 0.500); gateOn significant: even the upper "
                + "bound 0.941 is below the minimum, so the gap is significantly below it", RuleMessages.violation(significant));
    }

    @Test
    void theIntervalIsComputedOverTheGroupsTheRuleKept() {
        // with 'a' (n = 4) left out the gap is b - c in every replicate; with 'a' it would be 0.55 throughout
        RuleResult kept = tprDifference(5, 0.3, MissingPolicy.WARN, GateOn.CERTAIN, 41);
        assertEquals(0.105, kept.interval().lower(), 1e-12);
        assertEquals(List.of("Group 'a' left out of the TPR difference rule for label 'y', attribute 'group': n = 4 is "
                + "below the minimum group size 5."), kept.warnings());
        RuleResult all = tprDifference(1, 0.3, MissingPolicy.WARN, GateOn.CERTAIN, 41);
        assertEquals(0.55, all.interval().lower(), 1e-12);
        assertEquals(RuleStatus.VIOLATED, all.status());
    }

    @Test
    void replicatesWhereTheGapIsUndefinedAreAWarningByDefault() {
        // from replicate 35 on only 'a' is defined: 35 defined gaps 0.100 .. 0.270, bounds at positions 0.85 and 33.15
        RuleResult r = tprDifference(5, 0.3, MissingPolicy.WARN, GateOn.CERTAIN, 35);
        assertEquals(RuleStatus.PASSED, r.status());
        assertEquals(List.of("The 95% CI of the TPR difference rule for label 'y', attribute 'group' rests on 35 of 41 "
                + "replicates: the gap is undefined in 6 (fewer than 2 groups with a defined value (0 of 2)).",
                "Group 'a' left out of the TPR difference rule for label 'y', attribute 'group': n = 4 is below the "
                        + "minimum group size 5."), r.warnings());
        assertEquals("Rule met for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.103–0.266 from 35 of "
                + "41 replicates; maximum 0.300) ('b' 0.600, 'c' 0.400); gateOn certain: even the upper bound 0.266 is not above "
                + "the maximum, so the gap is certainly within it",
                RuleMessages.outcome(r));
    }

    @Test
    void replicatesWhereTheGapIsUndefinedFailARuleWhosePolicyIsFail() {
        RuleResult r = tprDifference(1, 0.6, MissingPolicy.FAIL, GateOn.CERTAIN, 35);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.550–0.550 from "
                + "35 of 41 replicates), but expected maximum is 0.600 ('b' 0.600, 'c' 0.400); gateOn certain: even the upper "
                + "bound 0.550 is not above the maximum, so the gap is certainly within it; the gap is undefined in "
                + "6 of 41 replicates (fewer than 2 groups with a defined value (1 of 3)) and the rule's policy is "
                + "onMissing=fail", RuleMessages.violation(r));
    }

    @Test
    void replicatesWhereTheGapIsUndefinedAreListedOnlyWhenIgnored() {
        RuleResult r = tprDifference(5, 0.3, MissingPolicy.IGNORE, GateOn.CERTAIN, 35);
        assertEquals(RuleStatus.PASSED, r.status());
        assertEquals(List.of(), r.warnings());
        assertEquals(6, r.interval().undefinedReplicates());
    }

    @Test
    void anIntervalUndefinedInEveryReplicateLeavesAnIntervalRuleUndeterminedWithAWarning() {
        RuleResult r = tprDifference(5, 0.3, MissingPolicy.WARN, GateOn.SIGNIFICANT, 0);
        assertEquals(RuleStatus.UNDETERMINED, r.status());
        assertEquals("Rule could not be evaluated for label 'y', attribute 'group': the 95% CI of the TPR difference is "
                + "undefined (undefined in all 41 replicates: fewer than 2 groups with a defined value (0 of 2)).",
                r.warnings().get(0));
        assertEquals("Rule undetermined for label 'y', attribute 'group': TPR difference is 0.200, but its 95% CI is "
                + "undefined (undefined in all 41 replicates: fewer than 2 groups with a defined value (0 of 2))",
                RuleMessages.outcome(r));
    }

    @Test
    void anIntervalUndefinedInEveryReplicateFailsARuleWhosePolicyIsFail() {
        RuleResult r = tprDifference(5, 0.3, MissingPolicy.FAIL, GateOn.CERTAIN, 0);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200, but its 95% CI is "
                + "undefined (undefined in all 41 replicates: fewer than 2 groups with a defined value (0 of 2)) and the "
                + "rule's policy is onMissing=fail", RuleMessages.violation(r));
    }

    @Test
    void aPointRuleIsDecidedByThePointValueAndOnlyShowsUndefinedReplicates() {
        // all three groups kept: the gap is a - c = 0.55 in the 35 replicates where 'b' and 'c' are defined
        RuleResult r = tprDifference(1, 0.3, MissingPolicy.FAIL, GateOn.POINT, 35);
        assertEquals(RuleStatus.PASSED, r.status());
        assertEquals(List.of(), r.warnings());
        assertEquals("Rule met for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.550–0.550 from 35 of "
                + "41 replicates; maximum 0.300) ('b' 0.600, 'c' 0.400)", RuleMessages.outcome(r));
    }

    @Test
    void anUndefinedGapHasNoInterval() {
        RuleResult r = tprDifference(7, 0.3, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(RuleStatus.UNDETERMINED, r.status());
        assertNull(r.interval());
    }

    @Test
    void gatingOnTheIntervalWithoutReplicatesIsAConfigurationError() {
        Rule rule = new Rule(Measure.parse("tpr"), "group", null, GapMethod.DIFFERENCE, null, 0.1, null,
                MissingPolicy.WARN, GateOn.SIGNIFICANT);
        InputException e = assertThrows(InputException.class, () -> new Gate(1).evaluate(List.of(rule), point()));
        assertEquals("The tpr/group rule gates on <gateOn>significant</gateOn>, which needs confidence intervals, but "
                + "the bootstrap is off (<bootstrap>0</bootstrap>). Set <bootstrap> to the number of replicates, e.g. "
                + "1000, or gate on the point value.", e.getMessage());
    }

    @Test
    void anUnknownGateOnValueListsTheAcceptedOnes() {
        InputException e = assertThrows(InputException.class, () -> GateOn.parse("lower"));
        assertEquals("Unknown <gateOn> value 'lower'. Use point, significant or certain.", e.getMessage());
        assertEquals(GateOn.POINT, GateOn.parse(null));
        assertEquals(GateOn.CERTAIN, GateOn.parse(" Certain "));
    }

    @Test
    void anIntervalRuleKeepsEveryComparisonOfItsGapWithOneSimultaneousLevel() {
        RuleResult r = evaluate(1, "tpr", GapMethod.DIFFERENCE, 0.6, null, MissingPolicy.WARN, GateOn.SIGNIFICANT, 41);
        List<dev.fairness.metrics.Comparison> comparisons = r.comparisons().comparisons();
        assertEquals(List.of("'a' - 'b'", "'a' - 'c'", "'b' - 'c'"),
                comparisons.stream().map(dev.fairness.metrics.Comparison::describe).toList());
        assertEquals("max-t", r.comparisons().method());
        // 'a' - 'c' never varies: a zero-width interval at 0.55, the farthest a pair's interval lies from 0
        assertEquals(0.55, comparisons.get(1).lower(), 1e-12);
        assertEquals(0.55, r.interval().lower(), 1e-12);
        double farthest = 0;
        for (dev.fairness.metrics.Comparison c : comparisons) {
            farthest = Math.max(farthest, Math.max(Math.abs(c.lower()), Math.abs(c.upper())));
        }
        assertEquals(farthest, r.interval().upper(), 1e-12);
        assertEquals(RuleStatus.PASSED, r.status());
    }
}

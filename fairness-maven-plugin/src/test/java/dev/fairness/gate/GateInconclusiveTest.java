package dev.fairness.gate;

import static dev.fairness.gate.FairlearnExampleGate.evaluate;
import static dev.fairness.gate.FairlearnExampleGate.tprDifference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.fairness.metrics.GapMethod;

import org.junit.jupiter.api.Test;

/**
 * A point-gated rule whose interval straddles its limit is inconclusive: it still passes or fails on the point
 * value, and its line says that the test set cannot decide it and about how many images per group would. The
 * fixture is {@link FairlearnExampleGate}'s: the TPR difference of 'b' and 'c' is 0.200 with the interval 0.105–0.295.
 */
class GateInconclusiveTest {

    @Test
    void aMetPointRuleWhoseIntervalStraddlesTheMaximumSaysTheTestSetCannotDecideIt() {
        // the upper bound lies 0.295 - 0.200 = 0.095 from the value, the limit 0.250 - 0.200 = 0.05; smallest group 'b', n = 6:
        // 6 x (0.095 / 0.05)^2 = 21.66, so 22
        RuleResult r = tprDifference(5, 0.25, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(RuleStatus.PASSED, r.status());
        assertEquals(22, r.inconclusive().imagesPerGroup());
        assertEquals("Rule met for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295; maximum "
                + "0.250) ('b' 0.600, 'c' 0.400); inconclusive: the 95% CI straddles the maximum, so this test set "
                + "cannot decide the rule at its size; about 22 images per group would (the smallest group, n = 6, "
                + "scaled by (distance from the value to the CI bound beyond the limit 0.095 / to the limit 0.050)²)", RuleMessages.outcome(r));
    }

    @Test
    void aViolatedPointRuleWhoseIntervalStraddlesTheMaximumStillFailsAndSaysSo() {
        // the lower bound lies 0.200 - 0.105 = 0.095 below the value, the limit 0.03: 6 x (0.095 / 0.03)^2 = 60.17, so 61
        RuleResult r = tprDifference(5, 0.17, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295), "
                + "but expected maximum is 0.170 ('b' 0.600, 'c' 0.400); inconclusive: the 95% CI straddles the maximum, "
                + "so this test set cannot decide the rule at its size; about 61 images per group would (the smallest "
                + "group, n = 6, scaled by (distance from the value to the CI bound beyond the limit 0.095 / to the "
                + "limit 0.030)²)",
                RuleMessages.violation(r));
    }

    @Test
    void aStraddledMinimumIsInconclusiveToo() {
        // ratio 0.667, its simultaneous interval (log scale) reaching 0.942, minimum 0.7 inside it:
        // 4 x ((0.942 - 0.667) / 0.0333)^2 = 272
        RuleResult r = evaluate(1, "selectionRate", GapMethod.RATIO, null, 0.7, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("inconclusive: the 95% CI straddles the minimum, so this test set cannot decide the rule at its "
                + "size; about 272 images per group would (the smallest group, n = 4, scaled by (distance from the value "
                + "to the CI bound beyond the limit 0.275 / to the limit 0.033)²)", r.inconclusive().message(r.rule(), r.interval()));
    }

    @Test
    void anIntervalOnOneSideOfTheLimitIsNotInconclusive() {
        assertNull(tprDifference(5, 0.1, MissingPolicy.WARN, GateOn.POINT, 41).inconclusive());
        assertNull(tprDifference(5, 0.3, MissingPolicy.WARN, GateOn.POINT, 41).inconclusive());
    }

    @Test
    void anIntervalGatedRuleIsDecidedByItsIntervalAndNeverCalledInconclusive() {
        assertNull(tprDifference(5, 0.25, MissingPolicy.WARN, GateOn.SIGNIFICANT, 41).inconclusive());
        assertNull(tprDifference(5, 0.25, MissingPolicy.WARN, GateOn.CERTAIN, 41).inconclusive());
    }
}

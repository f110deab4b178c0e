package dev.fairness.gate;

import static dev.fairness.gate.FairlearnExampleGate.tprDifference;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The decision behind every status, on {@link FairlearnExampleGate}'s fixture: TPR difference of 'b' and 'c' 0.200
 * with the interval 0.105–0.295; a minimum group size of 5 leaves out 'a' (n = 4).
 */
class GateDecisionTest {
    @Test
    void aPointRuleComparesTheValue() {
        RuleResult r = tprDifference(5, 0.1, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(new Decision(Decision.Reason.BEYOND_LIMIT, r.gap().value().value()), r.decision());
        assertEquals(RuleStatus.VIOLATED, r.status());
    }

    @Test
    void aSignificantRuleComparesTheNearerBound() {
        RuleResult r = tprDifference(5, 0.15, MissingPolicy.WARN, GateOn.SIGNIFICANT, 41);
        assertEquals(new Decision(Decision.Reason.WITHIN_LIMIT, r.interval().lower()), r.decision());
        assertEquals(RuleStatus.PASSED, r.status());
    }

    @Test
    void aCertainRuleWhoseFartherBoundIsBeyondTheLimitIsViolatedByTheIntervalNotByTheGroupLeftOut() {
        RuleResult r = tprDifference(5, 0.25, MissingPolicy.FAIL, GateOn.CERTAIN, 41);
        assertEquals(new Decision(Decision.Reason.BEYOND_LIMIT, r.interval().upper()), r.decision());
        assertEquals(1, r.excluded().size());
    }

    @Test
    void aRuleWithinTheLimitIsViolatedByTheGroupLeftOutUnderFail() {
        RuleResult r = tprDifference(5, 0.3, MissingPolicy.FAIL, GateOn.CERTAIN, 41);
        assertEquals(new Decision(Decision.Reason.GROUPS_LEFT_OUT, r.interval().upper()), r.decision());
        assertEquals(RuleStatus.VIOLATED, r.status());
    }

    @Test
    void aRuleWithinTheLimitIsViolatedByReplicatesWithoutAGapUnderFail() {
        RuleResult r = tprDifference(1, 0.6, MissingPolicy.FAIL, GateOn.CERTAIN, 35);
        assertEquals(0.55, r.interval().upper(), 1e-12);
        assertEquals(new Decision(Decision.Reason.UNDEFINED_IN_REPLICATES, r.interval().upper()), r.decision());
        assertEquals(RuleStatus.VIOLATED, r.status());
    }

    @Test
    void anIntervalUndefinedInEveryReplicateComparesNothing() {
        RuleResult r = tprDifference(5, 0.3, MissingPolicy.WARN, GateOn.CERTAIN, 0);
        assertEquals(new Decision(Decision.Reason.UNDEFINED, Double.NaN), r.decision());
        assertEquals(RuleStatus.UNDETERMINED, r.status());
    }

    @Test
    void reasonsAreNamedInFairnessJsonInCamelCase() {
        assertEquals("withinLimit", Decision.Reason.WITHIN_LIMIT.id());
        assertEquals("undefinedInReplicates", Decision.Reason.UNDEFINED_IN_REPLICATES.id());
        assertEquals("groupsLeftOut", Decision.Reason.GROUPS_LEFT_OUT.id());
    }
}

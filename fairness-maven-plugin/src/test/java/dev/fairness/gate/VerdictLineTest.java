package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.metrics.GapMethod;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict says "met" only when every rule was evaluated and met; the gate's outcome is a separate question. */
class VerdictLineTest {
    private static RuleResult result(RuleStatus status, MissingPolicy onMissing) {
        Rule rule = new Rule(Measure.parse("tpr"), "sex", null, GapMethod.DIFFERENCE, null, 0.1, null, onMissing);
        return new RuleResult(rule, "y", null, null, status, List.of(), List.of(), null, null, null,
                new Decision(status == RuleStatus.PASSED ? Decision.Reason.WITHIN_LIMIT : Decision.Reason.UNDEFINED,
                        Double.NaN));
    }

    @Test
    void aRuleThatCouldNotBeEvaluatedIsNotMetThoughTheGatePasses() {
        Verdict verdict = new Verdict(List.of(result(RuleStatus.UNDETERMINED, MissingPolicy.WARN)));

        assertTrue(verdict.passed());
        assertFalse(verdict.allMet());
        assertEquals("Fairness checks: 0 of 1 rule met, 1 could not be evaluated (onMissing=warn). The build passes; "
                + "set <onMissing>fail</onMissing> to fail it instead.", VerdictLine.withoutViolations(verdict));
    }

    @Test
    void theLineCountsTheMetRulesAndNamesEveryPolicyThatLetAnUndeterminedRulePass() {
        Verdict verdict = new Verdict(List.of(result(RuleStatus.PASSED, MissingPolicy.WARN),
                result(RuleStatus.UNDETERMINED, MissingPolicy.WARN), result(RuleStatus.UNDETERMINED, MissingPolicy.IGNORE)));

        assertEquals("Fairness checks: 1 of 3 rules met, 2 could not be evaluated (onMissing=ignore, "
                + "onMissing=warn). The build passes; set <onMissing>fail</onMissing> to fail it instead.",
                VerdictLine.withoutViolations(verdict));
    }

    @Test
    void everyRuleMetIsAllMet() {
        Verdict verdict = new Verdict(List.of(result(RuleStatus.PASSED, MissingPolicy.WARN),
                result(RuleStatus.PASSED, MissingPolicy.FAIL)));

        assertTrue(verdict.allMet());
        assertEquals("All fairness checks have been met.", VerdictLine.withoutViolations(verdict));
    }

    @Test
    void noRulesIsNeverAllMet() {
        Verdict verdict = new Verdict(List.of());

        assertTrue(verdict.passed());
        assertFalse(verdict.allMet());
    }
}

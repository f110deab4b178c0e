package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.CalibrationEvidence;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.LabelMetricsCalculator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * ECE rules with {@code <gap>worst</gap>} and {@code <gateOn>significant</gateOn>} are decided by each group's
 * calibration test, with exact messages; interval gates on the ECE that cannot keep their coverage are refused.
 * The groups' tests are given by hand here (their computation is {@code ConsistencyResamplingTest}'s); two groups at
 * family-wise 95% test each at 1 − 0.95^(1/2) = 0.0253.
 */
class CalibrationGateTest {
    private static Map<String, LabelMetrics> metrics() {
        boolean[] truth = new boolean[80];
        double[] scores = new double[80];
        int[] groupOf = new int[80];
        for (int i = 0; i < 80; i++) {
            truth[i] = i % 2 == 0;
            scores[i] = i < 40 ? 0.5 : (i % 2 == 0 ? 0.7 : 0.1);
            groupOf[i] = i < 40 ? 0 : 1;
        }
        Grouping g = new Grouping("sex", List.of("F", "M"), groupOf);
        return Map.of("y", new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of(g)));
    }

    private static CalibrationTests tests(CalibrationEvidence f, CalibrationEvidence m) {
        return new CalibrationTests() {
            @Override
            public CalibrationEvidence of(String label, String grouping, String group) {
                return group.equals("F") ? f : m;
            }

            @Override
            public double level() {
                return 0.95;
            }
        };
    }

    private static RuleResult evaluate(double maximum, GateOn gateOn, GapMethod gap, CalibrationTests tests) {
        Rule rule = new Rule(dev.fairness.gate.Measure.parse("ece"), "sex", null, gap, null, maximum, null,
                MissingPolicy.WARN, gateOn);
        return new Gate(30, 10, tests).evaluate(List.of(rule), metrics()).results().get(0);
    }

    @Test
    void aCalibratedLookingModelPassesAlthoughItsPlugInEceIsAboveTheLimitAndNeedsNoBootstrap() {
        RuleResult r = evaluate(0.05, GateOn.SIGNIFICANT, GapMethod.WORST, tests(
                new CalibrationEvidence(40, 0.08, 0.07, 0.31, 999), new CalibrationEvidence(40, 0.06, 0.065, 0.52, 999)));
        assertEquals(RuleStatus.PASSED, r.status());
        assertNull(r.interval());
        assertEquals("Rule met for label 'y', attribute 'sex': ECE worst group value is 0.200 (maximum 0.050 for the "
                + "debiased ECE, not significantly exceeded; calibration test over 2 groups at family-wise 95% (each at "
                + "p < 0.0253), 999 draws): 'F' ECE 0.080, calibrated 0.070, debiased 0.010, p = 0.310; 'M' ECE 0.060, "
                + "calibrated 0.065, debiased -0.005, p = 0.520", RuleMessages.outcome(r));
    }

    @Test
    void aGroupWhoseDebiasedEceExceedsTheLimitSignificantlyFailsTheRule() {
        RuleResult r = evaluate(0.05, GateOn.SIGNIFICANT, GapMethod.WORST, tests(
                new CalibrationEvidence(40, 0.21, 0.07, 0.001, 999), new CalibrationEvidence(40, 0.06, 0.065, 0.52, 999)));
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'sex': ECE worst group value is 0.200, but expected maximum "
                + "is 0.050 for the debiased ECE, and the calibration test finds it significantly exceeded in 'F' ECE "
                + "0.210, calibrated 0.070, debiased 0.140, p = 0.001 (calibration test over 2 groups at family-wise 95% "
                + "(each at p < 0.0253), 999 draws)", RuleMessages.violation(r));
    }

    @Test
    void aSignificantMiscalibrationBelowTheLimitPasses() {
        RuleResult r = evaluate(0.2, GateOn.SIGNIFICANT, GapMethod.WORST, tests(
                new CalibrationEvidence(40, 0.21, 0.07, 0.001, 999), new CalibrationEvidence(40, 0.06, 0.065, 0.52, 999)));
        assertEquals(RuleStatus.PASSED, r.status());
    }

    @Test
    void aDebiasedEceAboveTheLimitThatIsNotSignificantAtTheFamilyWiseLevelPasses() {
        // p = 0.03 would be significant alone, not with two groups (0.0253)
        RuleResult r = evaluate(0.05, GateOn.SIGNIFICANT, GapMethod.WORST, tests(
                new CalibrationEvidence(40, 0.21, 0.07, 0.03, 999), new CalibrationEvidence(40, 0.06, 0.065, 0.52, 999)));
        assertEquals(RuleStatus.PASSED, r.status());
    }

    @Test
    void aCertainGateOnTheEceIsRefusedWithWhatToUseInstead() {
        InputException e = assertThrows(InputException.class,
                () -> evaluate(0.05, GateOn.CERTAIN, GapMethod.WORST, null));
        assertEquals("The ece/sex rule gates the ECE on <gateOn>certain</gateOn>, but an interval of the ECE cannot "
                + "meet its coverage: the plug-in ECE is biased upwards on small groups (about +0.10 at n = 100 for a "
                + "perfectly calibrated model), so its interval lies above the true calibration error. Use <gap>worst"
                + "</gap> with <gateOn>significant</gateOn>, which tests each group's calibration by consistency "
                + "resampling, or gate on the point value.", e.getMessage());
    }

    @Test
    void aSignificantGateOnAnEceDifferenceIsRefusedWithWhatToUseInstead() {
        InputException e = assertThrows(InputException.class,
                () -> evaluate(0.05, GateOn.SIGNIFICANT, GapMethod.DIFFERENCE, null));
        assertEquals("The ece/sex rule gates the ECE on <gateOn>significant</gateOn> with <gap>difference</gap>, but "
                + "an interval of the ECE cannot meet its coverage: the plug-in ECE is biased upwards on small groups "
                + "(about +0.10 at n = 100 for a perfectly calibrated model), so its interval lies above the true "
                + "calibration error. Use <gap>worst</gap> with <gateOn>significant</gateOn>, which tests each group's "
                + "calibration by consistency resampling, or gate on the point value.", e.getMessage());
    }

    @Test
    void aCalibrationTestAgainstAMinimumIsRefused() {
        Rule rule = new Rule(dev.fairness.gate.Measure.parse("ece"), "sex", null, GapMethod.WORST, null, null, 0.01,
                MissingPolicy.WARN, GateOn.SIGNIFICANT);
        InputException e = assertThrows(InputException.class,
                () -> new Gate(30, 10, null).evaluate(List.of(rule), metrics()));
        assertEquals("The ece/sex rule tests calibration (<gap>worst</gap>, <gateOn>significant</gateOn>) against a "
                + "<minimum>, but a calibration error is bounded from above. Set <maximum>, e.g. "
                + "<maximum>0.05</maximum>.", e.getMessage());
    }

    @Test
    void aPointGateOnTheEceIsStillDecidedByItsValue() {
        RuleResult r = evaluate(0.25, GateOn.POINT, GapMethod.WORST, null);
        assertEquals(RuleStatus.PASSED, r.status());
        assertNull(r.calibration());
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The calibration test of one group: its observed ECE, a calibrated model's expected ECE and the p-value. */
class ConsistencyResamplingTest {

    @Test
    void theObservedEceIsThePlugInEceOfTheMetrics() {
        boolean[] truth = {false, false, true, true, false, true, true, false};
        double[] scores = {0.05, 0.15, 0.15, 0.55, 0.65, 0.90, 1.00, 0.95};
        CalibrationEvidence e = ConsistencyResampling.test(scores, truth, 99, 42, "y");
        assertEquals(new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of()).overall().get(Metric.ECE).value(),
                e.ece(), 1e-12);
        assertEquals(8, e.n());
        assertEquals(99, e.draws());
    }

    @Test
    void scoresOfZeroAndOneAlwaysRedrawTheirOwnLabelsSoACalibratedModelShowsNoError() {
        boolean[] truth = {true, false, true, false};
        double[] scores = {1.0, 0.0, 1.0, 0.0};
        CalibrationEvidence e = ConsistencyResampling.test(scores, truth, 99, 42, "y");
        assertEquals(0.0, e.ece());
        assertEquals(0.0, e.calibratedEce());
        assertEquals(1.0, e.pValue());
    }

    @Test
    void twoScoresOfOneHalfInOneBinHaveAnExpectedEceOfOneQuarter() {
        // Y ~ Binomial(2, 0.5): |1 - Y| / 2 is 0.5, 0, 0.5 with probabilities 1/4, 1/2, 1/4; mean 0.25, SD 0.25,
        // so the mean of 999 draws lies within 0.03 of 0.25 (3.8 standard errors)
        CalibrationEvidence e = ConsistencyResampling.test(new double[] {0.5, 0.5}, new boolean[] {true, false}, 999, 7,
                "y");
        assertEquals(0.0, e.ece());
        assertEquals(0.25, e.calibratedEce(), 0.03);
        assertEquals(1.0, e.pValue());
    }

    @Test
    void aGrosslyMiscalibratedGroupGetsTheSmallestPValue() {
        double[] scores = new double[100];
        java.util.Arrays.fill(scores, 0.9);
        CalibrationEvidence e = ConsistencyResampling.test(scores, new boolean[100], 999, 42, "y");
        assertEquals(0.9, e.ece(), 1e-12);
        assertEquals(1.0 / 1000, e.pValue());
    }

    @Test
    void aCalibratedGroupOf100HasAnUpwardBiasedPlugInEceThatTheCalibratedEceExplains() {
        SplittableRandom random = new SplittableRandom(3);
        double[] scores = new double[100];
        boolean[] truth = new boolean[100];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextDouble();
            truth[i] = random.nextDouble() < scores[i];
        }
        CalibrationEvidence e = ConsistencyResampling.test(scores, truth, 999, 42, "y");
        assertTrue(e.calibratedEce() > 0.05 && e.calibratedEce() < 0.15, "calibrated ECE " + e.calibratedEce());
        assertTrue(Math.abs(e.debiasedEce()) < 0.1, "debiased ECE " + e.debiasedEce());
    }

    @Test
    void theSameSeedAndNamesGiveTheSameResultAndOtherNamesOtherDraws() {
        double[] scores = {0.12, 0.34, 0.56, 0.78, 0.91, 0.23, 0.45, 0.67};
        boolean[] truth = {false, true, true, false, true, false, false, true};
        CalibrationEvidence a = ConsistencyResampling.test(scores, truth, 199, 42, "y", "sex", "F");
        assertEquals(a, ConsistencyResampling.test(scores, truth, 199, 42, "y", "sex", "F"));
        assertNotEquals(a.calibratedEce(), ConsistencyResampling.test(scores, truth, 199, 42, "y", "sex", "M")
                .calibratedEce());
        assertNotEquals(a.calibratedEce(), ConsistencyResampling.test(scores, truth, 199, 43, "y", "sex", "F")
                .calibratedEce());
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.groups.Grouping;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Expected calibration error, checked against a hand computation, and its bin edges. */
class CalibrationTest {
    private static final double TOLERANCE = 1e-12;

    /*
     * Hand computation. Bins are [0,.1), [.1,.2), ..., [.9,1]; bin = min(floor(10 s), 9).
     *   row  score label bin  group
     *    0   0.05    0    0    g
     *    1   0.15    0    1    g
     *    2   0.15    1    1    g
     *    3   0.55    1    5    g
     *    4   0.65    0    6    h
     *    5   0.90    1    9    h      (0.9 * 10 = 9)
     *    6   1.00    1    9    h      (min(10, 9) = 9)
     *    7   0.95    0    9    h
     * All 8 rows: n_b/N * |mean score - mean label| per bin
     *   bin 0: 1/8 * |0.05 - 0|    = 0.00625
     *   bin 1: 2/8 * |0.15 - 0.5|  = 0.0875
     *   bin 5: 1/8 * |0.55 - 1|    = 0.05625
     *   bin 6: 1/8 * |0.65 - 0|    = 0.08125
     *   bin 9: 3/8 * |0.95 - 2/3|  = 0.10625
     *   ECE = 0.3375
     * Group g (rows 0-3): (1*0.05 + 2*0.35 + 1*0.45) / 4 = 1.2 / 4 = 0.3
     * Group h (rows 4-7): (1*0.65 + 3*(0.95 - 2/3)) / 4 = (0.65 + 0.85) / 4 = 0.375
     */
    @Test
    void eceMatchesTheHandComputation() {
        boolean[] truth = {false, false, true, true, false, true, true, false};
        double[] scores = {0.05, 0.15, 0.15, 0.55, 0.65, 0.90, 1.00, 0.95};
        Grouping grouping = new Grouping("g", List.of("g", "h"), new int[] {0, 0, 0, 0, 1, 1, 1, 1});
        LabelMetrics metrics = new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of(grouping));
        assertEquals(0.3375, metrics.overall().get(Metric.ECE).value(), TOLERANCE);
        assertEquals(0.3, metrics.group("g", "g").get(Metric.ECE).value(), TOLERANCE);
        assertEquals(0.375, metrics.group("g", "h").get(Metric.ECE).value(), TOLERANCE);
    }

    @Test
    void eceIsZeroWhenEachBinsMeanScoreEqualsItsPositiveRate() {
        // bin 2: scores 0.25 x4 with 1 positive; bin 7: 0.75 x4 with 3 positives
        boolean[] truth = {true, false, false, false, true, true, true, false};
        double[] scores = {0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75};
        LabelMetrics metrics = new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of());
        assertEquals(0.0, metrics.overall().get(Metric.ECE).value(), TOLERANCE);
    }

    @Test
    void eceBinIsTheFloorOfTenTimesTheScoreWithOneInTheLastBin() {
        assertEquals(0, PointEstimatePass.eceBin(0.0));
        assertEquals(0, PointEstimatePass.eceBin(0.0999));
        assertEquals(1, PointEstimatePass.eceBin(0.1));
        assertEquals(9, PointEstimatePass.eceBin(0.9));
        assertEquals(9, PointEstimatePass.eceBin(1.0));
    }

    @Test
    void brierScoreIsTheMeanSquaredDifferenceBetweenScoreAndLabel() {
        boolean[] truth = {true, false, true};
        double[] scores = {0.8, 0.3, 0.3};
        // ((0.2)^2 + (0.3)^2 + (0.7)^2) / 3 = (0.04 + 0.09 + 0.49) / 3
        LabelMetrics metrics = new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of());
        assertEquals(0.62 / 3, metrics.overall().get(Metric.BRIER).value(), TOLERANCE);
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A group's AUC (or F1) against its grouping's overall line, bounded on the logit scale and mapped back, against
 * {@code src/test/resources/golden/logit_to_overall.out} ({@code python3 logit_to_overall.py}).
 */
class LogitToOverallTest {
    private static final double Z = 1.959963984540054;

    /** The family's bounds {@code δ ± q·s} on the logit scale, mapped back. */
    private static Comparison bounded(LogitToOverall logit, double q) {
        double s = MaxT.standardDeviation(logit.replicates());
        return logit.back(new Comparison(Metric.AUC, "g0", Gap.OVERALL, logit.logRatio(), logit.estimate(),
                logit.estimate() - q * s, logit.estimate() + q * s));
    }

    @Test
    void aGroupWhoseAucCameOutHighGetsALongerLowerSideThanUpperSide() {
        LogitToOverall logit = LogitToOverall.of(0.93, new double[] {0.95, 0.90, 0.97, 0.88, 0.93}, 0.84,
                new double[] {0.85, 0.83, 0.86, 0.82, 0.84}, false);
        assertEquals(0.928461267494411, logit.estimate(), 1e-12);
        assertEquals(0.476602698087494, MaxT.standardDeviation(logit.replicates()), 1e-12);
        Comparison c = bounded(logit, 2.5);
        assertEquals(0.93 - 0.84, c.estimate(), 0); // the test set's difference, to the last bit
        assertEquals(-0.0385816732235887, c.lower(), 1e-12);
        assertEquals(0.137647174069339, c.upper(), 1e-12);
    }

    @Test
    void aGroupAtTheOverallLevelGetsTheMappedBoundsOfItsLogitDifference() {
        LogitToOverall logit = LogitToOverall.of(0.83, new double[] {0.80, 0.86, 0.78, 0.88, 0.83, 0.81}, 0.83,
                new double[] {0.82, 0.84, 0.82, 0.85, 0.83, 0.82}, false);
        Comparison c = bounded(logit, Z);
        assertEquals(0, c.estimate(), 0);
        assertEquals(-0.0581444611298072, c.lower(), 1e-12);
        assertEquals(0.0457120363542214, c.upper(), 1e-12);
    }

    @Test
    void aLowF1FarBelowTheOverallLineIsBoundedAboveBelowZero() {
        LogitToOverall logit = LogitToOverall.of(0.06, new double[] {0.03, 0.08, 0.05, 0.10, 0.06}, 0.15,
                new double[] {0.13, 0.16, 0.14, 0.17, 0.15}, false);
        Comparison c = bounded(logit, 2.1);
        assertEquals(-0.12138781928613, c.lower(), 1e-12);
        assertEquals(-0.0284867336866989, c.upper(), 1e-12);
    }

    @Test
    void theLogRatioToTheOverallLineIsMappedBackOnTheLogScale() {
        double[][] expected = {{0.101782694309942, -0.0470188254460689, 0.151746950396649},
                {0, -0.0726282940918998, 0.0536116104806016},
                {-0.916290731874155, -1.65680276785334, -0.210611849512407}};
        LogitToOverall[] cases = {
                LogitToOverall.of(0.93, new double[] {0.95, 0.90, 0.97, 0.88, 0.93}, 0.84,
                        new double[] {0.85, 0.83, 0.86, 0.82, 0.84}, true),
                LogitToOverall.of(0.83, new double[] {0.80, 0.86, 0.78, 0.88, 0.83, 0.81}, 0.83,
                        new double[] {0.82, 0.84, 0.82, 0.85, 0.83, 0.82}, true),
                LogitToOverall.of(0.06, new double[] {0.03, 0.08, 0.05, 0.10, 0.06}, 0.15,
                        new double[] {0.13, 0.16, 0.14, 0.17, 0.15}, true)};
        double[] q = {2.5, Z, 2.1};
        for (int i = 0; i < cases.length; i++) {
            Comparison c = bounded(cases[i], q[i]);
            assertArrayEquals(expected[i], new double[] {c.estimate(), c.lower(), c.upper()}, 1e-12, "case " + i);
        }
    }

    @Test
    void aReplicateUndefinedInEitherLineIsLeftOutOfTheLogitReplicates() {
        LogitToOverall logit = LogitToOverall.of(0.8, new double[] {0.7, Double.NaN, 0.9}, 0.75,
                new double[] {0.7, 0.8, Double.NaN}, false);
        assertEquals(0, logit.replicates()[0], 0);
        assertEquals(Double.NaN, logit.replicates()[1], 0);
        assertEquals(Double.NaN, logit.replicates()[2], 0);
    }

    @Test
    void aValueOfZeroOrOneOnTheTestSetOrInAReplicateHasNoLogitAndKeepsTheAucScale() {
        assertNull(LogitToOverall.of(1, new double[] {0.9, 0.95}, 0.8, new double[] {0.8, 0.82}, false));
        assertNull(LogitToOverall.of(0.9, new double[] {0.9, 1}, 0.8, new double[] {0.8, 0.82}, false));
        assertNull(LogitToOverall.of(0.9, new double[] {0.9, 0.95}, 0.8, new double[] {0, 0.82}, true));
    }
}

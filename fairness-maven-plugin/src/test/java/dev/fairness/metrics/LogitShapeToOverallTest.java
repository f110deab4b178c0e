package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A group's AUC (or F1) against its grouping's overall line with the logit scale's shape and the bootstrap SD's
 * width, against {@code src/test/resources/golden/logit_shape_to_overall.out} ({@code python3
 * logit_shape_to_overall.py}).
 */
class LogitShapeToOverallTest {
    private static final double Z = 1.959963984540054;
    private static final double[] HIGH_GROUP = {0.95, 0.90, 0.97, 0.88, 0.93};
    private static final double[] HIGH_OVERALL = {0.85, 0.83, 0.86, 0.82, 0.84};
    private static final double[] EVEN_GROUP = {0.80, 0.86, 0.78, 0.88, 0.83, 0.81};
    private static final double[] EVEN_OVERALL = {0.82, 0.84, 0.82, 0.85, 0.83, 0.82};
    private static final double[] SHARE_GROUP = {0.36, 0.45, 0.38, 0.43, 0.40};
    private static final double[] SHARE_OVERALL = {0.14, 0.165, 0.145, 0.16, 0.15};

    /** δ̂, s_δ, d̂, L, U. */
    private static double[] bounds(LogitShapeToOverall s, double q) {
        return new double[] {s.logitDifference(), MaxT.standardDeviation(s.logitDifferences()), s.estimate(),
                s.lower(q), s.upper(q)};
    }

    @Test
    void aGroupWhoseAucCameOutHighGetsALongerLowerSideThanUpperSide() {
        LogitShapeToOverall s = LogitShapeToOverall.of(0.93, HIGH_GROUP, 0.84, HIGH_OVERALL, false);
        assertArrayEquals(new double[] {0.928461267494411, 0.476602698087494, 0.0900000000000001,
                0.00406386534616657, 0.121844460132179}, bounds(s, 2.5), 1e-12);
        assertEquals(0.93 - 0.84, s.estimate(), 0); // the test set's difference, to the last bit
        assertTrue(s.estimate() - s.lower(2.5) > s.upper(2.5) - s.estimate());
    }

    @Test
    void aGroupAtTheOverallLevelGetsTheWidthOfItsBootstrapSdWithTheLogitsSkew() {
        LogitShapeToOverall s = LogitShapeToOverall.of(0.83, EVEN_GROUP, 0.83, EVEN_OVERALL, false);
        assertArrayEquals(new double[] {0, 0.187150830165908, 0, -0.0568517645489057, 0.0446957436248206},
                bounds(s, Z), 1e-12);
    }

    @Test
    void aGroupThatCarriesMostOfTheOverallLineGetsTheWidthOfTheBootstrapSdOfItsDifference() {
        LogitShapeToOverall s = LogitShapeToOverall.of(0.40, SHARE_GROUP, 0.15, SHARE_OVERALL, false);
        assertArrayEquals(new double[] {1.32913594727994, 0.0716823466807857, 0.25, 0.19605205616612,
                0.305593801017157}, bounds(s, 2.1), 1e-12);
    }

    @Test
    void theLogRatioToTheOverallLineTakesItsShapeFromTheLogOfTheMappedGroupValue() {
        assertArrayEquals(new double[] {0.928461267494411, 0.476602698087494, 0.101782694309942, 0.00918342238070813,
                0.132875479811738}, bounds(LogitShapeToOverall.of(0.93, HIGH_GROUP, 0.84, HIGH_OVERALL, true), 2.5),
                1e-12);
        assertArrayEquals(new double[] {0, 0.187150830165908, 0, -0.0713184559121907, 0.0526447347586642},
                bounds(LogitShapeToOverall.of(0.83, EVEN_GROUP, 0.83, EVEN_OVERALL, true), Z), 1e-12);
        assertArrayEquals(new double[] {1.32913594727994, 0.0716823466807857, 0.980829253011726, 0.931513684854287,
                1.02726364051182}, bounds(LogitShapeToOverall.of(0.40, SHARE_GROUP, 0.15, SHARE_OVERALL, true), 2.1),
                1e-12);
    }

    @Test
    void aReplicateUndefinedInEitherLineIsLeftOutOfTheLogitDifferences() {
        LogitShapeToOverall s = LogitShapeToOverall.of(0.8, new double[] {0.7, Double.NaN, 0.9, 0.8}, 0.75,
                new double[] {0.7, 0.8, Double.NaN, 0.75}, false);
        assertArrayEquals(new double[] {0, Double.NaN, Double.NaN, Math.log(4) - Math.log(3)},
                s.logitDifferences(), 1e-15);
    }

    @Test
    void aValueOfZeroOrOneOnTheTestSetOrInAReplicateOrALogitDifferenceThatNeverVariesKeepsTheBootstrapSd() {
        assertNull(LogitShapeToOverall.of(1, new double[] {0.9, 0.95}, 0.8, new double[] {0.8, 0.82}, false));
        assertNull(LogitShapeToOverall.of(0.9, new double[] {0.9, 1}, 0.8, new double[] {0.8, 0.82}, false));
        assertNull(LogitShapeToOverall.of(0.9, new double[] {0.9, 0.95}, 0.8, new double[] {0, 0.82}, true));
        assertNull(LogitShapeToOverall.of(0.9, new double[] {0.9, 0.9}, 0.8, new double[] {0.8, 0.8}, false));
    }
}

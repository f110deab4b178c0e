package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A group's AUC (or F1) against its grouping's overall line with the shape of the logit path both lines take and
 * the bootstrap SD's width, against {@code src/test/resources/golden/logit_shape_to_overall.out} ({@code python3
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
    private static final double[] BASE_GROUP = {0.84, 0.80, 0.86, 0.82, 0.83, 0.85};
    private static final double[] BASE_OVERALL = {0.56, 0.63, 0.58, 0.66, 0.55, 0.61};

    /** δ̂, s_δ, d̂, L, U. */
    private static double[] bounds(LogitShapeToOverall s, double q) {
        return new double[] {s.logitDifference(), MaxT.standardDeviation(s.logitDifferences()), s.estimate(),
                s.lower(q), s.upper(q)};
    }

    @Test
    void aGroupWhoseAucCameOutHighGetsALongerLowerSideThanUpperSide() {
        LogitShapeToOverall s = LogitShapeToOverall.of(0.93, HIGH_GROUP, 0.84, HIGH_OVERALL, false);
        assertArrayEquals(new double[] {0.928461267494411, 0.476602698087494, 0.0900000000000001,
                -0.032922073273171, 0.106033140347286}, bounds(s, 2.5), 1e-12);
        assertEquals(0.93 - 0.84, s.estimate(), 0); // the test set's difference, to the last bit
        assertTrue(s.estimate() - s.lower(2.5) > s.upper(2.5) - s.estimate());
    }

    @Test
    void aGroupAtTheOverallLevelGetsTheWidthOfItsBootstrapSdWithTheLogitsSkew() {
        LogitShapeToOverall s = LogitShapeToOverall.of(0.83, EVEN_GROUP, 0.83, EVEN_OVERALL, false);
        assertArrayEquals(new double[] {0, 0.187150830165908, 0, -0.0626570706105848, 0.0395241667304292},
                bounds(s, Z), 1e-12);
    }

    @Test
    void aGroupThatCarriesMostOfTheOverallLineGetsTheWidthOfTheBootstrapSdOfItsDifference() {
        LogitShapeToOverall s = LogitShapeToOverall.of(0.40, SHARE_GROUP, 0.15, SHARE_OVERALL, false);
        assertArrayEquals(new double[] {1.32913594727994, 0.0716823466807857, 0.25, 0.196858548884769,
                0.305415219018112}, bounds(s, 2.1), 1e-12);
    }

    @Test
    void theLogRatioToTheOverallLineTakesItsShapeFromTheLogOfTheMappedGroupValue() {
        assertArrayEquals(new double[] {0.928461267494411, 0.476602698087494, 0.101782694309942, -0.0446598923257467,
                0.114746531958081}, bounds(LogitShapeToOverall.of(0.93, HIGH_GROUP, 0.84, HIGH_OVERALL, true), 2.5),
                1e-12);
        assertArrayEquals(new double[] {0, 0.187150830165908, 0, -0.0814821297528947, 0.0454872715504227},
                bounds(LogitShapeToOverall.of(0.83, EVEN_GROUP, 0.83, EVEN_OVERALL, true), Z), 1e-12);
        assertArrayEquals(new double[] {1.32913594727994, 0.0716823466807857, 0.980829253011726, 0.922942189553835,
                1.01835531080617}, bounds(LogitShapeToOverall.of(0.40, SHARE_GROUP, 0.15, SHARE_OVERALL, true), 2.1),
                1e-12);
    }

    @Test
    void aGroupAgainstALineThatAnotherGroupMovesGetsTheLogRatiosLongerUpperSideFromTheLinesPath() {
        // the overall line's logit moves against the group's (beta_o = -0.549): its log in the denominator makes the
        // upper side the longer, as the log ratio's own law is skewed right there (coverage page,
        // "`toOverall` and `toOverallRatio` of every metric")
        LogitShapeToOverall s = LogitShapeToOverall.of(0.83, BASE_GROUP, 0.60, BASE_OVERALL, true);
        assertArrayEquals(new double[] {1.18016215563222, 0.28748123646097, 0.324496045574497, 0.142284723237685,
                0.524344799889786}, bounds(s, 2.2), 1e-12);
        assertTrue(s.upper(2.2) - s.estimate() > s.estimate() - s.lower(2.2));
        assertArrayEquals(new double[] {1.18016215563222, 0.28748123646097, 0.23, 0.105469823814194,
                0.352676709532041}, bounds(LogitShapeToOverall.of(0.83, BASE_GROUP, 0.60, BASE_OVERALL, false), 2.2),
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

    @Test
    void aPathAlongWhichTheDifferenceDoesNotIncreaseKeepsTheBootstrapSd() {
        // the group's logit moves twice as far as the line's (beta_g = 2), but at 0.97 its value hardly moves while
        // the line's at 0.5 does: the difference falls along the path (2 x 0.0291 - 1 x 0.25 < 0)
        double[] group = {expit(logit(0.97) - 1), 0.97, expit(logit(0.97) + 1)};
        double[] overall = {expit(-0.5), 0.5, expit(0.5)};
        assertNull(LogitShapeToOverall.of(0.97, group, 0.5, overall, false));
        double[] middle = {expit(logit(0.6) - 1), 0.6, expit(logit(0.6) + 1)}; // 2 x 0.24 - 0.25 > 0
        assertEquals(0.6 - 0.5, LogitShapeToOverall.of(0.6, middle, 0.5, overall, false).estimate(), 0);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}

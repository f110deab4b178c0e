package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A group's AUC (or F1) against its grouping's overall line by MOVER for correlated estimates with logit-scale
 * bounds of each line, against {@code src/test/resources/golden/logit_mover_to_overall.out}
 * ({@code python3 logit_mover_to_overall.py}).
 */
class LogitMoverToOverallTest {
    private static final double Z = 1.959963984540054;
    private static final double[] HIGH_GROUP = {0.95, 0.90, 0.97, 0.88, 0.93};
    private static final double[] HIGH_OVERALL = {0.85, 0.83, 0.86, 0.82, 0.84};
    private static final double[] EVEN_GROUP = {0.80, 0.86, 0.78, 0.88, 0.83, 0.81};
    private static final double[] EVEN_OVERALL = {0.82, 0.84, 0.82, 0.85, 0.83, 0.82};
    private static final double[] SHARE_GROUP = {0.36, 0.45, 0.38, 0.43, 0.40};
    private static final double[] SHARE_OVERALL = {0.14, 0.165, 0.145, 0.16, 0.15};

    private static double[] bounds(LogitMoverToOverall m, double q) {
        return new double[] {m.correlation(), m.estimate(), m.lower(q), m.upper(q)};
    }

    @Test
    void aGroupWhoseAucCameOutHighIsBoundedByItsLogitIntervalAndTheOverallLinesWithTheirCorrelation() {
        LogitMoverToOverall m = LogitMoverToOverall.of(0.93, HIGH_GROUP, 0.84, HIGH_OVERALL, false);
        assertArrayEquals(new double[] {0.997176464952738, 0.0900000000000001, -0.0535787569068248,
                0.100123653098536}, bounds(m, 2.5), 1e-12);
        assertEquals(0.93 - 0.84, m.estimate(), 0); // the test set's difference, to the last bit
    }

    @Test
    void aGroupAtTheOverallLevelGetsALongerSideTowardsLowerValuesOfAnAucNearOne() {
        LogitMoverToOverall m = LogitMoverToOverall.of(0.83, EVEN_GROUP, 0.83, EVEN_OVERALL, false);
        assertArrayEquals(new double[] {0.962801112020759, 0, -0.0673193467540503, 0.0381913218941754},
                bounds(m, Z), 1e-12);
    }

    @Test
    void aGroupThatCarriesMostOfTheOverallLineIsBoundedWithTheCorrelationOfTheTwoLines() {
        LogitMoverToOverall m = LogitMoverToOverall.of(0.40, SHARE_GROUP, 0.15, SHARE_OVERALL, false);
        assertArrayEquals(new double[] {0.998359381585504, 0.25, 0.199231460502735, 0.308086209100609},
                bounds(m, 2.1), 1e-12);
    }

    @Test
    void theLogRatioToTheOverallLineIsBoundedWithTheLogsOfEachLinesBounds() {
        assertArrayEquals(new double[] {0.99689744172123, 0.101782694309942, -0.0707644251381344,
                0.106582784276486}, bounds(LogitMoverToOverall.of(0.93, HIGH_GROUP, 0.84, HIGH_OVERALL, true), 2.5),
                1e-12);
        assertArrayEquals(new double[] {0.959050617629547, 0, -0.0879313375994871, 0.0430357007383086},
                bounds(LogitMoverToOverall.of(0.83, EVEN_GROUP, 0.83, EVEN_OVERALL, true), Z), 1e-12);
        assertArrayEquals(new double[] {0.998029513524545, 0.980829253011726, 0.918283486921356, 1.0160551322941},
                bounds(LogitMoverToOverall.of(0.40, SHARE_GROUP, 0.15, SHARE_OVERALL, true), 2.1), 1e-12);
    }

    @Test
    void aLineWithAReplicateOfOneKeepsItsOwnScaleAndTheFamilysCriticalValueIsNotTakenOnTheLogitScale() {
        LogitMoverToOverall m = LogitMoverToOverall.of(0.97, new double[] {0.95, 1.0, 0.96, 0.98}, 0.9,
                new double[] {0.89, 0.91, 0.9, 0.92}, false);
        assertArrayEquals(new double[] {0.756889262661457, 0.07, 0.0401493449187115, 0.0985455539955113},
                bounds(m, Z), 1e-12);
        assertFalse(m.onLogit());
    }

    @Test
    void aRatioWithALineOfZeroOrOneHasNoMoverInterval() {
        assertNull(LogitMoverToOverall.of(0.97, new double[] {0.95, 1.0, 0.96}, 0.9, new double[] {0.89, 0.91, 0.9},
                true));
        assertNull(LogitMoverToOverall.of(1, new double[] {1, 1, 1}, 0.9, new double[] {0.89, 0.91, 0.9}, true));
    }

    @Test
    void theFamilysCriticalValueIsTakenFromTheLogitDifferencesLeavingUndefinedReplicatesOut() {
        LogitMoverToOverall m = LogitMoverToOverall.of(0.8, new double[] {0.7, Double.NaN, 0.9}, 0.75,
                new double[] {0.7, 0.8, Double.NaN}, false);
        assertTrue(m.onLogit());
        assertEquals(Math.log(4) - Math.log(3), m.logitDifference(), 1e-15);
        double[] d = LogitMoverToOverall.logitDifferences(new double[] {0.7, Double.NaN, 0.9},
                new double[] {0.7, 0.8, Double.NaN});
        assertArrayEquals(new double[] {0, Double.NaN, Double.NaN}, d, 0);
    }
}

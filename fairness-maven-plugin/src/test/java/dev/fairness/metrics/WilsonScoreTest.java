package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The Wilson score interval against the values of {@code src/test/resources/golden/wilson.py} (Python's standard
 * library; its output is committed beside it as {@code wilson.out}).
 */
class WilsonScoreTest {
    private static final double TOLERANCE = 1e-8; // the normal quantile's approximation error, propagated

    private static void assertBounds(long x, long m, double level, double lower, double upper) {
        double[] bounds = new WilsonScore(x, m).at(level);
        assertEquals(lower, bounds[0], TOLERANCE, x + " of " + m + " at " + level + ": lower");
        assertEquals(upper, bounds[1], TOLERANCE, x + " of " + m + " at " + level + ": upper");
    }

    @Test
    void aRateOfZeroFromOneCaseReachesUpToFourFifthsInsteadOfHavingWidthZero() {
        assertBounds(0, 1, 0.95, 0, 0.793450685622763);
    }

    @Test
    void aRateOfZeroOrOneHasAnIntervalOfPositiveWidthThatEndsExactlyAtZeroOrOne() {
        assertEquals(0.0, new WilsonScore(0, 6).at(0.95)[0]);
        assertBounds(0, 6, 0.95, 0, 0.390334287902165);
        assertBounds(0, 10, 0.95, 0, 0.277532799862889);
        assertBounds(10, 10, 0.95, 0.722467200137111, 1);
        assertEquals(1.0, new WilsonScore(10, 10).at(0.95)[1]);
    }

    @Test
    void anIntervalLeansTowardOneHalfWhereTheEstimateIsSkewed() {
        assertBounds(7, 20, 0.95, 0.181191824101082, 0.567145723314764);
        assertBounds(5, 50, 0.95, 0.0434757649318904, 0.213602314374797);
        assertBounds(36, 37, 0.95, 0.861759301362695, 0.99521302554806);
        assertBounds(1, 37, 0.95, 0.00478697445194044, 0.138240698637305);
    }

    @Test
    void theLevelSetsTheCriticalValue() {
        assertBounds(45, 50, 0.90, 0.808462485848429, 0.950470965522555);
        assertBounds(3, 1000, 0.99, 0.000758101231061467, 0.0117935166829249);
        assertBounds(500, 1000, 0.95, 0.469069600368104, 0.530930399631896);
    }

    @Test
    void aCriticalValueOfZeroGivesTheEstimateItself() {
        WilsonScore w = new WilsonScore(30, 50);
        assertEquals(0.6, w.lower(0), 1e-15);
        assertEquals(0.6, w.upper(0), 1e-15);
    }

    @Test
    void tenCasesOfARateOfNineTenthsAreCoveredNearTheLevelWhereThePercentileBootstrapCovered65Percent() {
        // exact: the probability over x ~ Binomial(10, 0.9) that the interval holds 0.9 (golden/wilson.out,
        // "classcount 0.9 10"); the percentile bootstrap's was 64.9% (ClassCountCoverageTest)
        assertEquals(0.929809, exactCoverage(0.9, 10), 1e-6);
        assertEquals(0.967207, exactCoverage(0.8, 10), 1e-6);
        assertEquals(0.978516, exactCoverage(0.5, 10), 1e-6);
    }

    private static double exactCoverage(double p, int k) {
        double held = 0;
        for (int x = 0; x <= k; x++) {
            double[] bounds = new WilsonScore(x, k).at(0.95);
            if (bounds[0] <= p && p <= bounds[1]) {
                held += binomialCoefficient(k, x) * Math.pow(p, x) * Math.pow(1 - p, k - x);
            }
        }
        return held;
    }

    private static double binomialCoefficient(int k, int x) {
        double c = 1;
        for (int i = 1; i <= x; i++) {
            c = c * (k - x + i) / i;
        }
        return c;
    }

    @Test
    void countsThatAreNotAProportionAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WilsonScore(3, 0));
        assertEquals("3 successes of 0 cases", e.getMessage());
        assertEquals("4 successes of 3 cases",
                assertThrows(IllegalArgumentException.class, () -> new WilsonScore(4, 3)).getMessage());
    }
}

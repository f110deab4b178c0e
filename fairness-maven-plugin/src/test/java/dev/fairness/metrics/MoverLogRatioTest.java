package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MOVER on the log scale for a ratio of two counted proportions, from the Jeffreys bounds of
 * {@code src/test/resources/golden/newcombe.out} (1 of 37: 0.00293180220174167 to 0.119445309324288; 5 of 56 at
 * the same z, computed by {@link JeffreysBounds}, which {@code MoverDifferenceTest} checks against the script).
 */
class MoverLogRatioTest {
    private static final double Z = 1.95996398454005;

    @Test
    void eachSideOfTheLogRatioTakesTheLogDistanceOfEachGroupsJeffreysBoundOnThatSide() {
        double l1 = 0.00293180220174167;
        double u1 = 0.119445309324288;
        JeffreysBounds second = new JeffreysBounds(5, 56);
        MoverLogRatio r = new MoverLogRatio(1.0 / 37, new JeffreysBounds(1, 37), 5.0 / 56, second);
        double p1 = 1.0 / 37;
        double p2 = 5.0 / 56;
        double d = Math.log(p1 / p2);
        assertEquals(d - Math.hypot(Math.log(p1 / l1), Math.log(second.upper(Z) / p2)), r.lower(Z), 1e-9);
        assertEquals(d + Math.hypot(Math.log(u1 / p1), Math.log(p2 / second.lower(Z))), r.upper(Z), 1e-9);
        // 1 of 37 has the longer tail above (on the log scale, its lower bound is 2.2 logs below, its upper 1.5 above)
        assertTrue(d - r.lower(Z) > r.upper(Z) - d, r.lower(Z) + " to " + r.upper(Z));
    }

    @Test
    void aLargerCriticalValueWidensBothSides() {
        MoverLogRatio r = new MoverLogRatio(0.7, new JeffreysBounds(140, 200), 120.0 / 190, new JeffreysBounds(120, 190));
        assertTrue(r.lower(3.0) < r.lower(Z) && r.upper(3.0) > r.upper(Z), r.lower(3.0) + " to " + r.upper(3.0));
    }

    @Test
    void atTheLimitEachBoundOfTwoSelectionRatesOfAThousandMissesTheTruthAboutTwoAndAHalfPercentExactly() {
        // the coverage suite's cell selectionRate ratio >= 0.8, two groups of 1,000 at prevalence 0.5, true rates
        // 0.36 and 0.45 (ratio 0.8): over the binomial counts of both groups, how often the lower bound of
        // log(p1 / p2) lies above log 0.8 (`certain` passes wrongly) and the upper below it (`significant` fails
        // wrongly), at z = 1.96 (the plugin's q is at least z, so these are the largest rates it can have)
        double[] first = binomial(1000, 0.36);
        double[] second = binomial(1000, 0.45);
        double truth = Math.log(0.8);
        double lowerAbove = 0;
        double upperBelow = 0;
        double[][] bounds1 = bounds(first);
        double[][] bounds2 = bounds(second);
        for (int x1 = 1; x1 < first.length; x1++) {
            for (int x2 = 1; x2 < second.length; x2++) {
                double w = first[x1] * second[x2];
                if (w < 1e-15) {
                    continue;
                }
                double p1 = x1 / 1000.0;
                double p2 = x2 / 1000.0;
                double d = Math.log(p1 / p2);
                double lower = d - Math.hypot(Math.log(p1 / bounds1[x1][0]), Math.log(bounds2[x2][1] / p2));
                double upper = d + Math.hypot(Math.log(bounds1[x1][1] / p1), Math.log(p2 / bounds2[x2][0]));
                lowerAbove += lower > truth ? w : 0;
                upperBelow += upper < truth ? w : 0;
            }
        }
        assertEquals(0.02517, lowerAbove, 5e-6); // exactly 2.517% and 2.495%: the target is 3.5%
        assertEquals(0.02495, upperBelow, 5e-6);
    }

    /** Per count x of 1,000, the Jeffreys bounds at z (only where the count's probability is not negligible). */
    private static double[][] bounds(double[] pmf) {
        double[][] b = new double[pmf.length][];
        for (int x = 1; x < pmf.length; x++) {
            if (pmf[x] >= 1e-15) {
                JeffreysBounds j = new JeffreysBounds(x, pmf.length - 1);
                b[x] = new double[] {j.lower(Z), j.upper(Z)};
            }
        }
        return b;
    }

    /** Binomial(n, p) probabilities, by logs of the factorials. */
    private static double[] binomial(int n, double p) {
        double[] pmf = new double[n + 1];
        double[] logFactorial = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        for (int x = 0; x <= n; x++) {
            pmf[x] = Math.exp(logFactorial[n] - logFactorial[x] - logFactorial[n - x] + x * Math.log(p)
                    + (n - x) * Math.log1p(-p));
        }
        return pmf;
    }

    @Test
    void aRatioWithAValueOfZeroHasNoLogScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MoverLogRatio(0, new JeffreysBounds(0, 10), 0.5, new JeffreysBounds(5, 10)));
        assertEquals("a log ratio of 0.0 and 0.5", e.getMessage());
    }
}

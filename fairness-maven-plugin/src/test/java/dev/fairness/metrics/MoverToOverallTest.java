package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A group against the overall line that contains it ({@code toOverall}, {@code toOverallRatio}) by MOVER on the
 * group and the rest of the line, against {@code src/test/resources/golden/to_overall.out}
 * ({@code python3 to_overall.py}, SciPy's beta quantiles).
 */
class MoverToOverallTest {
    private static final double Z = 1.959963984540054;

    /** x_g of m_g cases in a group of n_g rows; x of m cases in the overall line of n rows. */
    private static GroupAndRest parts(long xg, long mg, long ng, long x, long m, long n) {
        return new GroupAndRest(new CountedProportion(xg, mg), new CountedProportion(x - xg, m - mg), ng, n - ng);
    }

    @Test
    void aGroupFarBelowTheOtherTakesEachSideFromTheJeffreysBoundsOfTheGroupAndTheRestAndTheSharesSpread() {
        // two groups of 200 at prevalence 0.5, TPR 20 of 100 and 70 of 100: d = 0.2 − 0.45
        MoverToOverall d = new MoverToOverall(parts(20, 100, 200, 90, 200, 400));
        assertEquals(-0.25, d.estimate(), 1e-15);
        assertEquals(-0.311760969115841, d.lower(Z), 1e-9);
        assertEquals(-0.183456367995332, d.upper(Z), 1e-9);
    }

    @Test
    void oneOfFiveIdenticalGroupsGetsTheMoverIntervalOfItsDifferenceToTheRestScaledByTheRestsShare() {
        MoverToOverall d = new MoverToOverall(parts(70, 100, 200, 350, 500, 1000));
        assertEquals(0, d.estimate(), 1e-15);
        assertEquals(-0.106720151852582, d.lower(2.5), 1e-9);
        assertEquals(0.0957989222994527, d.upper(2.5), 1e-9);
        // the rest's rate equals the group's: 0.8 × the MOVER limit Δ_L of 70/100 − 280/400, and the share's term
        // taken at that limit, not at the estimate 0 (where it would add nothing)
        MoverDifference twoGroups = new MoverDifference(0.7, new JeffreysBounds(70, 100), 0.7,
                new JeffreysBounds(280, 400));
        double limit = twoGroups.lower(2.5);
        GroupAndRest p = parts(70, 100, 200, 350, 500, 1000);
        assertEquals(limit * Math.hypot(0.8, 2.5 * p.shareSd()), d.lower(2.5), 1e-12);
    }

    @Test
    void aGroupThatFindsEveryPositiveStillHasAnIntervalAboveItsEstimate() {
        MoverToOverall d = new MoverToOverall(parts(20, 20, 200, 150, 200, 1000));
        assertEquals(0.25, d.estimate(), 1e-15);
        assertEquals(0.131183481040602, d.lower(Z), 1e-9);
        assertEquals(0.313207739821771, d.upper(Z), 1e-9);
    }

    @Test
    void theLogRatioToTheOverallLineIsTheMoverLogRatioOfTheRestToTheGroupCarriedThroughTheShare() {
        MoverLogToOverall a = MoverLogToOverall.of(parts(20, 100, 200, 90, 200, 400));
        assertEquals(Math.log(0.2 / 0.45), a.estimate(), 1e-15);
        assertEquals(-1.17426538467887, a.lower(Z), 1e-9);
        assertEquals(-0.521094711063514, a.upper(Z), 1e-9);
        MoverLogToOverall b = MoverLogToOverall.of(parts(70, 100, 200, 350, 500, 1000));
        assertEquals(-0.167347881796818, b.lower(2.5), 1e-9);
        assertEquals(0.129329939725459, b.upper(2.5), 1e-9);
        MoverLogToOverall c = MoverLogToOverall.of(parts(20, 20, 200, 150, 200, 1000));
        assertEquals(0.157510543146161, c.lower(Z), 1e-9);
        assertEquals(0.3758133955083, c.upper(Z), 1e-9);
    }

    /**
     * Two groups of 200 at prevalence 0.1 (about 20 positives each) with TPRs 0.20 and 0.70, the coverage suite's
     * {@code toOverall} cell at 2.5× the limit: the bounds alone, at the critical value the bootstrap's max-t gave
     * there (2.18 on average over the grid's sets), over 20,000 draws of the groups' positives and true positives.
     * With the share's term at the estimate {@code p_g − p_r} both comparisons held at once in 92.0% of these draws
     * (the grid: 91.5% of 4,000 sets), 1,588 of the 1,771 missed bounds on the side away from 0; at each limit's
     * own difference, 94.4% (795 of 1,231 on that side).
     */
    @Test
    void twoGroupsFarApartWithAboutTwentyPositivesEachCoverBothComparisonsToTheOverallLineAtOnce() {
        double[] tpr = {0.2, 0.7};
        double[] truth = {0.2 - 0.45, 0.7 - 0.45};
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261206);
        int sets = 0;
        int covered = 0;
        while (sets < 20_000) {
            long[] positives = new long[2];
            long[] found = new long[2];
            for (int g = 0; g < 2; g++) {
                for (int row = 0; row < 200; row++) {
                    if (random.nextDouble() < 0.1) {
                        positives[g]++;
                        found[g] += random.nextDouble() < tpr[g] ? 1 : 0;
                    }
                }
            }
            if (positives[0] < 10 || positives[1] < 10) { // the plugin leaves such a group out (minClassCount)
                continue;
            }
            sets++;
            boolean both = true;
            for (int g = 0; g < 2; g++) {
                MoverToOverall d = new MoverToOverall(parts(found[g], positives[g], 200, found[0] + found[1],
                        positives[0] + positives[1], 400));
                both &= d.lower(2.18) <= truth[g] && truth[g] <= d.upper(2.18);
            }
            covered += both ? 1 : 0;
        }
        double rate = covered / (double) sets;
        assertTrue(rate >= 0.935 && rate <= 0.97, "both comparisons cover in " + rate + " of the sets");
    }

    @Test
    void aLogRatioWithNoSuccessInTheRestHasNoMoverInterval() {
        assertNull(MoverLogToOverall.of(parts(5, 20, 40, 5, 60, 100)));
    }

    @Test
    void theSharesSpreadWidensTheIntervalOfGroupsThatDiffer() {
        GroupAndRest p = parts(20, 100, 200, 90, 200, 400);
        // both groups of 200 with 100 positives: sd(w) = sqrt(2 · 100² · 50) / 200² = 0.025
        assertEquals(0.025, p.shareSd(), 1e-15);
        MoverToOverall d = new MoverToOverall(p);
        MoverDifference withoutShare = new MoverDifference(0.2, new JeffreysBounds(20, 100), 0.7,
                new JeffreysBounds(70, 100));
        assertTrue(d.upper(Z) - d.estimate() > 0.5 * (withoutShare.upper(Z) - (0.2 - 0.7)),
                d.upper(Z) + " against half of " + withoutShare.upper(Z));
    }
}

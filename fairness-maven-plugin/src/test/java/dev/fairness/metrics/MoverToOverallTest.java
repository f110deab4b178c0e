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
        assertEquals(-0.30938481783043, d.lower(Z), 1e-9);
        assertEquals(-0.181472417293689, d.upper(Z), 1e-9);
    }

    @Test
    void oneOfFiveIdenticalGroupsGetsTheMoverIntervalOfItsDifferenceToTheRestScaledByTheRestsShare() {
        MoverToOverall d = new MoverToOverall(parts(70, 100, 200, 350, 500, 1000));
        assertEquals(0, d.estimate(), 1e-15);
        assertEquals(-0.106636874312117, d.lower(2.5), 1e-9);
        assertEquals(0.0957241669838939, d.upper(2.5), 1e-9);
        // the rest's rate equals the group's, so the share's spread adds nothing: 0.8 × MOVER of 70/100 − 280/400
        MoverDifference twoGroups = new MoverDifference(0.7, new JeffreysBounds(70, 100), 0.7,
                new JeffreysBounds(280, 400));
        assertEquals(0.8 * twoGroups.lower(2.5), d.lower(2.5), 1e-12);
    }

    @Test
    void aGroupThatFindsEveryPositiveStillHasAnIntervalAboveItsEstimate() {
        MoverToOverall d = new MoverToOverall(parts(20, 20, 200, 150, 200, 1000));
        assertEquals(0.25, d.estimate(), 1e-15);
        assertEquals(0.130823323869251, d.lower(Z), 1e-9);
        assertEquals(0.312686007832236, d.upper(Z), 1e-9);
    }

    @Test
    void theLogRatioToTheOverallLineIsTheMoverLogRatioOfTheRestToTheGroupCarriedThroughTheShare() {
        MoverLogToOverall a = MoverLogToOverall.of(parts(20, 100, 200, 90, 200, 400));
        assertEquals(Math.log(0.2 / 0.45), a.estimate(), 1e-15);
        assertEquals(-1.17206396803298, a.lower(Z), 1e-9);
        assertEquals(-0.518745621489657, a.upper(Z), 1e-9);
        MoverLogToOverall b = MoverLogToOverall.of(parts(70, 100, 200, 350, 500, 1000));
        assertEquals(-0.16723712745687, b.lower(2.5), 1e-9);
        assertEquals(0.129214957381298, b.upper(2.5), 1e-9);
        MoverLogToOverall c = MoverLogToOverall.of(parts(20, 20, 200, 150, 200, 1000));
        assertEquals(0.156915885279425, c.lower(Z), 1e-9);
        assertEquals(0.374797097422635, c.upper(Z), 1e-9);
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

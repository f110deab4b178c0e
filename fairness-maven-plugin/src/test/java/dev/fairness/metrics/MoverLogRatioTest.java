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
    void aRatioWithAValueOfZeroHasNoLogScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MoverLogRatio(0, new JeffreysBounds(0, 10), 0.5, new JeffreysBounds(5, 10)));
        assertEquals("a log ratio of 0.0 and 0.5", e.getMessage());
    }
}

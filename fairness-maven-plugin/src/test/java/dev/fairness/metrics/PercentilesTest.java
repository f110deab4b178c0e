package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Replicates where the value is undefined: counted, with the first reason, never a number. */
class PercentilesTest {

    @Test
    void undefinedReplicatesAreCountedAndLeftOutOfTheBounds() {
        // 41 values 0.00 .. 0.40 and 9 NaN: with 41 defined values the 95% bounds are exactly the 2nd and 40th
        // (positions (41 - 1) x 0.025 = 1 and (41 - 1) x 0.975 = 39)
        double[] values = new double[50];
        for (int i = 0; i < 50; i++) {
            values[i] = i < 41 ? i / 100.0 : Double.NaN;
        }
        Interval ci = Percentiles.interval(values, 0.95, "no predicted positives");
        assertEquals(0.01, ci.lower(), 1e-15);
        assertEquals(0.39, ci.upper(), 1e-15);
        assertEquals(50, ci.replicates());
        assertEquals(9, ci.undefinedReplicates());
        assertEquals(41, ci.definedReplicates());
        assertEquals("no predicted positives", ci.undefinedReason());
        assertTrue(ci.isDefined());
        assertFalse(ci.isComplete());
    }

    @Test
    void aValueUndefinedInEveryReplicateHasNoBounds() {
        Interval ci = Percentiles.interval(new double[] {Double.NaN, Double.NaN}, 0.95, "empty group");
        assertFalse(ci.isDefined());
        assertTrue(Double.isNaN(ci.lower()));
        assertEquals(2, ci.undefinedReplicates());
        assertEquals("empty group", ci.undefinedReason());
    }

    @Test
    void aSingleReplicateIsItsOwnInterval() {
        Interval ci = Percentiles.interval(new double[] {0.7}, 0.95, null);
        assertEquals(0.7, ci.lower());
        assertEquals(0.7, ci.upper());
    }

    @Test
    void levelsAreWrittenAsPercentages() {
        assertEquals("95%", Interval.levelText(0.95));
        assertEquals("99.5%", Interval.levelText(0.995));
        assertEquals("90%", Interval.levelText(0.9));
    }

    @Test
    void anIntervalMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.2, 0.1, 0.95, 10, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, 0.2, 0.95, 10, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, 0.2, 1.0, 10, 0, null));
    }
}

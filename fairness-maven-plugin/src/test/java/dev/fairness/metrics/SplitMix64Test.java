package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The replicate generator: SplitMix64 as in the JDK, unbiased bounded integers, seeds that do not collide. */
class SplitMix64Test {

    @Test
    void itIsTheJdksSplitMix64() {
        // java.util.SplittableRandom(seed) is SplitMix64 with the same gamma and mix: the reference implementation
        SplittableRandom reference = new SplittableRandom(42);
        SplitMix64 ours = new SplitMix64(42);
        for (int i = 0; i < 1000; i++) {
            assertEquals(reference.nextLong(), ours.nextLong());
        }
    }

    @Test
    void boundedIntegersStayInRangeAndHitEveryValueEvenly() {
        SplitMix64 random = new SplitMix64(7);
        int bound = 7;
        int[] counts = new int[bound];
        int draws = 700_000;
        for (int i = 0; i < draws; i++) {
            counts[random.nextInt(bound)]++;
        }
        // each count is binomial(700000, 1/7): sd 293; 6 sd is a failure rate of 1e-9 per value
        for (int c : counts) {
            assertTrue(Math.abs(c - draws / bound) < 6 * 293, "count " + c);
        }
    }

    @Test
    void aBoundNearTwoToTheThirtyOneIsStillInRange() {
        SplitMix64 random = new SplitMix64(1);
        int bound = Integer.MAX_VALUE - 5;
        for (int i = 0; i < 10_000; i++) {
            int v = random.nextInt(bound);
            assertTrue(v >= 0 && v < bound);
        }
    }

    @Test
    void countingDrawsInPlaceIsDrawingThemOneByOne() {
        for (int m : new int[] {1, 2, 3, 1000, 99_999}) {
            SplitMix64 reference = new SplitMix64(m);
            int[] expected = new int[m + 4];
            int j = 0;
            for (; j + 1 < m; j += 2) {
                long bits = reference.nextLong();
                expected[2 + reference.bounded(bits >>> 32, m)]++;
                expected[2 + reference.bounded(bits & 0xFFFFFFFFL, m)]++;
            }
            if (j < m) {
                expected[2 + reference.nextInt(m)]++;
            }
            int[] actual = new int[m + 4];
            SplitMix64 counting = new SplitMix64(m);
            counting.countDraws(actual, 2, m);
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual));
            assertEquals(reference.nextLong(), counting.nextLong(), "both consumed the same random bits");
        }
    }

    @Test
    void everyReplicateAndLabelHasItsOwnStream() {
        long a = SplitMix64.forReplicate(42, SplitMix64.salt("Effusion"), 0).nextLong();
        long b = SplitMix64.forReplicate(42, SplitMix64.salt("Effusion"), 1).nextLong();
        long c = SplitMix64.forReplicate(42, SplitMix64.salt("Edema"), 0).nextLong();
        long d = SplitMix64.forReplicate(43, SplitMix64.salt("Effusion"), 0).nextLong();
        assertNotEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(a, d);
        assertEquals(a, SplitMix64.forReplicate(42, SplitMix64.salt("Effusion"), 0).nextLong());
    }
}

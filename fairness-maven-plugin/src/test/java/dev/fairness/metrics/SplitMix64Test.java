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
    void scatteringOverSlotsThatAreNoPowerOfTwoIsDrawingThemOneByOne() {
        for (int m : new int[] {3, 1000, 4095, 99_999}) {
            for (int draws : new int[] {1, 2, m}) {
                SplitMix64 reference = new SplitMix64(m);
                int[] expected = new int[m + 4];
                int j = 0;
                for (; j + 1 < draws; j += 2) {
                    long bits = reference.nextLong();
                    expected[2 + reference.bounded(bits >>> 32, m)]++;
                    expected[2 + reference.bounded(bits & 0xFFFFFFFFL, m)]++;
                }
                if (j < draws) {
                    expected[2 + reference.nextInt(m)]++;
                }
                int[] actual = new int[m + 4];
                SplitMix64 scattering = new SplitMix64(m);
                scattering.scatter(actual, 2, m, draws);
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual));
                assertEquals(reference.nextLong(), scattering.nextLong(), "both consumed the same random bits");
            }
        }
    }

    @Test
    void scatteringOverAPowerOfTwoTakesEachDrawFromTheNextBitsOfAStep() {
        for (int bits : new int[] {1, 5, 12, 17}) {
            int slots = 1 << bits;
            for (int draws : new int[] {1, 64 / bits, 64 / bits + 1, 3 * slots + 7}) {
                SplitMix64 reference = new SplitMix64(bits);
                int[] expected = new int[slots + 1];
                int left = draws;
                while (left > 0) {
                    long r = reference.nextLong();
                    for (int i = 0; i < 64 / bits && left > 0; i++, left--) {
                        expected[1 + (int) ((r >>> (i * bits)) & (slots - 1))]++;
                    }
                }
                int[] actual = new int[slots + 1];
                SplitMix64 scattering = new SplitMix64(bits);
                scattering.scatter(actual, 1, slots, draws);
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual),
                        bits + " bits, " + draws + " draws");
                assertEquals(reference.nextLong(), scattering.nextLong(), "both consumed the same random bits");
            }
        }
        int[] one = new int[3];
        new SplitMix64(1).scatter(one, 1, 1, 9);
        assertEquals("[0, 9, 0]", java.util.Arrays.toString(one), "one slot takes every draw");
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

    @Test
    void binomialDrawsHaveTheBinomialsMeanAndVariance() {
        SplitMix64 random = new SplitMix64(7);
        for (double[] np : new double[][] {{20, 0.5}, {1000, 0.1}, {1_000_000, 0.03}, {50, 0.9}}) {
            int n = (int) np[0];
            double p = np[1];
            int draws = 20_000;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < draws; i++) {
                int x = random.binomial(n, p);
                assertTrue(x >= 0 && x <= n);
                sum += x;
                squares += (double) x * x;
            }
            double mean = sum / draws;
            double variance = squares / draws - mean * mean;
            double trueVariance = n * p * (1 - p);
            assertEquals(n * p, mean, 4 * Math.sqrt(trueVariance / draws), "mean of Binomial(" + n + ", " + p + ")");
            assertEquals(trueVariance, variance, 0.05 * trueVariance, "variance of Binomial(" + n + ", " + p + ")");
        }
        assertEquals(0, random.binomial(10, 0));
        assertEquals(10, random.binomial(10, 1));
    }

    @Test
    void logFactorialsMatchTheSumOfLogsOnBothSidesOfTheTable() {
        double sum = 0;
        for (int k = 1; k <= 5000; k++) {
            sum += Math.log(k);
            assertEquals(sum, SplitMix64.logFactorial(k), 1e-9 * Math.max(1, sum), "ln " + k + "!");
        }
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Drawing a stratum chunk by chunk is the stratum's multinomial: m draws over m slots, each slot's count with mean
 * 1 and variance 1 - 1/m, and the draws landing in a chunk Binomial(m, chunk / m) (not a fixed share, which would
 * narrow every interval). A pass that draws as it reads sees exactly the weights of the same draw made whole.
 */
class SlotWeightsTest {
    private static final int M = 10_000; // three chunks: 4,096 + 4,096 + 1,808 slots
    private static final int REPLICATES = 4_000;

    @Test
    void aStratumDrawnInChunksHasTheMultinomialsMomentsInEverySlotAndChunk() {
        int[] weights = new int[M + 3];
        double[] firstChunk = new double[REPLICATES];
        double[] lastSlot = new double[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            SlotWeights.drawStratum(SplitMix64.forReplicate(7, 3, r), weights, 3, M);
            long total = 0;
            for (int j = 3; j < M + 3; j++) {
                total += weights[j];
            }
            assertEquals(M, total, "replicate " + r + " keeps the stratum's size");
            for (int j = 3; j < 3 + SlotWeights.CHUNK; j++) {
                firstChunk[r] += weights[j];
            }
            lastSlot[r] = weights[M + 2];
        }
        double p = (double) SlotWeights.CHUNK / M;
        assertClose(M * p, mean(firstChunk), 3 * Math.sqrt(M * p * (1 - p) / REPLICATES), "first chunk's mean");
        double chunkVariance = variance(firstChunk);
        assertTrue(Math.abs(chunkVariance / (M * p * (1 - p)) - 1) < 0.12,
                "first chunk's variance " + chunkVariance + ", binomial " + M * p * (1 - p));
        assertClose(1, mean(lastSlot), 3 * Math.sqrt(1.0 / REPLICATES), "a slot of the last chunk: mean");
        assertTrue(Math.abs(variance(lastSlot) - (1 - 1.0 / M)) < 0.12, "its variance " + variance(lastSlot));
    }

    @Test
    void aPassThatDrawsAsItReadsSeesTheWeightsOfTheSameDrawMadeWhole() {
        int m = 2 * SlotWeights.CHUNK + 100;
        int[] whole = new int[m + 5];
        SlotWeights.drawStratum(SplitMix64.forReplicate(42, 9, 5), whole, 5, m);
        int[] read = new int[m + 5];
        SlotWeights drawing = new SlotWeights().drawing(SplitMix64.forReplicate(42, 9, 5), null);
        drawing.stratum(5, 5 + m);
        for (int j = 5; j < 5 + m; j++) {
            if (j >= drawing.end()) {
                drawing.next();
            }
            read[j] = drawing.buffer()[j - drawing.offset()];
        }
        assertArrayEquals(whole, read);
    }

    private static void assertClose(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": " + actual + " against " + expected);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }
}

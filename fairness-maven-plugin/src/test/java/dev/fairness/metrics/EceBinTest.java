package dev.fairness.metrics;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ECE bin of a score is {@code min(floor(10 * score), 9)}, at least 0, on every kind of score. */
class EceBinTest {

    @Test
    void theBinIsTheFlooredTenfoldScoreClampedToTheTenBins() {
        double[] edges = {0.0, -0.0, 1.0, 0.1, 0.7, 0.3, 0.9, 0.99999999999999989, 0.09999999999999999, -0.05, -0.1,
                -1e-300, -7.5, 1.5, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, Math.nextDown(0.2),
                Math.nextUp(0.2), Math.nextDown(1.0), Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double s : edges) {
            assertEquals(reference(s), PointEstimatePass.eceBin(s), "score " + s);
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            double s = i % 2 == 0 ? random.nextDouble(-0.5, 1.5) : random.nextInt(-20, 40) / 20.0;
            assertEquals(reference(s), PointEstimatePass.eceBin(s), "score " + s);
        }
        assertEquals(9, PointEstimatePass.eceBin(1.0)); // a score of 1 is in the last bin
        assertEquals(0, PointEstimatePass.eceBin(-0.05));
    }

    private static int reference(double score) {
        return (int) Math.max(0, Math.min(Math.floor(score * 10), 9));
    }
}

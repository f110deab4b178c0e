package dev.fairness.metrics;

import dev.fairness.groups.Grouping;

import java.util.Random;

/**
 * Seeded rows for the passes' cross-checks: three groups, the third without positives, about 1 row in 20 in no
 * group, prevalence 0.3, scores on a grid of {@code 1 / grid} (ties within and across classes) or continuous.
 */
record TiedRows(boolean[] truth, double[] scores, int[] groupOf) {
    /** Draws {@code rows} rows from {@code random}, which goes on from there; {@code grid} 0: continuous scores. */
    static TiedRows draw(Random random, int rows, int grid) {
        boolean[] truth = new boolean[rows];
        double[] scores = new double[rows];
        int[] groupOf = new int[rows];
        for (int r = 0; r < rows; r++) {
            int g = random.nextInt(20) == 0 ? Grouping.NO_GROUP : random.nextInt(3);
            groupOf[r] = g;
            truth[r] = g != 2 && random.nextDouble() < 0.3; // group 2 has no positives
            double raw = 0.3 + (truth[r] ? 0.25 : 0) + 0.2 * random.nextGaussian();
            scores[r] = grid == 0 ? raw : Math.round(raw * grid) / (double) grid;
        }
        return new TiedRows(truth, scores, groupOf);
    }
}

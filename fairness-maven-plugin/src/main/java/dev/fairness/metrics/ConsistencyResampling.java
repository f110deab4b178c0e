package dev.fairness.metrics;

/**
 * Consistency resampling (Bröcker and Smith 2007): how large the ECE of a perfectly calibrated model would be on
 * a group with the same scores. Each draw replaces every label by Bernoulli(score), the labels a calibrated model
 * would meet, and recomputes the ECE with the same 10 bins as {@link Metric#ECE}. The plug-in ECE is a sum of
 * absolute values, so it is positive even for a calibrated model (about 0.10 at n = 100); the mean over the
 * draws is that bias, and the share of draws at least as large as the observed ECE is a test of calibration whose
 * size is right at every n. Draws are seeded from the names of the label, grouping and group, so a group's result
 * does not depend on the other groups, on threads or on order.
 */
public final class ConsistencyResampling {
    /** Draws per group: p-values in steps of 1/1000. */
    public static final int DRAWS = 999;

    private ConsistencyResampling() {
    }

    /**
     * @param scores the group's scores in [0, 1]
     * @param truth  the group's observed labels
     * @param seed   the run's seed
     * @param names  what identifies the group (label, grouping, group), mixed into the seed
     */
    public static CalibrationEvidence test(double[] scores, boolean[] truth, int draws, long seed, String... names) {
        int n = scores.length;
        if (n == 0) {
            throw new IllegalArgumentException("an empty group has no calibration");
        }
        int bins = PointEstimatePass.ECE_BINS;
        int[] binOf = new int[n];
        double[] binScore = new double[bins];
        long[] observedPositives = new long[bins];
        for (int i = 0; i < n; i++) {
            binOf[i] = PointEstimatePass.eceBin(scores[i]);
            binScore[binOf[i]] += scores[i];
            if (truth[i]) {
                observedPositives[binOf[i]]++;
            }
        }
        double observed = ece(binScore, observedPositives, n);
        long mixed = seed;
        for (String name : names) {
            mixed = SplitMix64.mix64(mixed ^ SplitMix64.salt(name));
        }
        SplitMix64 random = new SplitMix64(mixed);
        long[] positives = new long[bins];
        double sum = 0;
        int atLeast = 0;
        for (int d = 0; d < draws; d++) {
            java.util.Arrays.fill(positives, 0);
            for (int i = 0; i < n; i++) {
                if (uniform(random) < scores[i]) {
                    positives[binOf[i]]++;
                }
            }
            double calibrated = ece(binScore, positives, n);
            sum += calibrated;
            // a tolerance, so that a draw equal to the observed ECE up to rounding counts as at least as large
            if (calibrated >= observed - 1e-12) {
                atLeast++;
            }
        }
        return new CalibrationEvidence(n, observed, sum / draws, (1.0 + atLeast) / (draws + 1.0), draws);
    }

    private static double ece(double[] binScore, long[] positives, int n) {
        double sum = 0;
        for (int b = 0; b < binScore.length; b++) {
            sum += Math.abs(binScore[b] - positives[b]);
        }
        return sum / n;
    }

    /** Uniform in [0, 1) from the top 53 bits. */
    private static double uniform(SplitMix64 random) {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }
}

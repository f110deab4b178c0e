package dev.fairness.metrics;

/**
 * What a replicate's pass over one block keeps apart by class, beside its {@link GroupTally}: the negatives' squared
 * error, the precision sum with the negatives' weights scaled, and per ECE bin the score sums and the positives, so
 * that {@link ClassSplit} can reweigh the classes afterwards. Written by one pass, read before the next.
 */
final class ClassSums {
    private static final int BINS = PointEstimatePass.ECE_BINS;

    final double[] binScore = new double[BINS];
    final long[] binPositives = new long[BINS];
    final double[] negativeBinScore = new double[BINS];
    double negativeSquaredError;
    double scaledPrecisionSum;

    /** Zeroes the per-bin sums before a pass. */
    void clear() {
        java.util.Arrays.fill(binScore, 0);
        java.util.Arrays.fill(binPositives, 0);
        java.util.Arrays.fill(negativeBinScore, 0);
    }

    /** The sum over the 10 ECE bins of |sum of scores - number of positives|, bin by bin in order. */
    double calibration() {
        double calibration = 0;
        for (int bin = 0; bin < BINS; bin++) {
            calibration += Math.abs(binScore[bin] - binPositives[bin]);
        }
        return calibration;
    }

    /** The last pass's sum of (score - label)^2 over its negatives alone. */
    double negativeSquaredError() {
        return negativeSquaredError;
    }

    /** The last pass's precision sum with the negatives' weights scaled (see {@link ReplicatePass}). */
    double scaledPrecisionSum() {
        return scaledPrecisionSum;
    }

    /** The last pass's sum of the negatives' scores in an ECE bin. */
    double negativeBinScore(int bin) {
        return negativeBinScore[bin];
    }

    /** The last pass's sum of the positives' scores in an ECE bin. */
    double positiveBinScore(int bin) {
        return binScore[bin] - negativeBinScore[bin];
    }

    /** The last pass's number of positives (weighted) in an ECE bin. */
    long binPositives(int bin) {
        return binPositives[bin];
    }
}

package dev.fairness.metrics;

/**
 * Random class counts for the metrics that depend on prevalence. The bootstrap resamples each group within its
 * classes, which is right for the class-conditional metrics (TPR, FPR, TNR, FNR, balanced accuracy, AUC) but
 * keeps a group's positives and negatives fixed, and so leaves out of PPV, NPV, accuracy, F1, selection rate,
 * Brier score, average precision and ECE the variance a random test set's class counts add. For those, each
 * replicate also draws the group's number of positives {@code P* ~ Binomial(n, P / n)} (as a resample of the group
 * as a whole would) and weighs the class-stratified replicate's positives by {@code a = P* / P} and its negatives by
 * {@code b = (n - P*) / N}. Every count of the confusion matrix then has the mean and covariance of a resample
 * within the group alone (to order 1 / n), while the class-conditional metrics keep their stratified replicate,
 * which never loses a class. Measured in the coverage suite (bootstrap SD against the true SD).
 */
final class ClassSplit {
    /** The metrics recomputed with random class counts. */
    static final Metric[] PREVALENCE_DEPENDENT = {Metric.PPV, Metric.NPV, Metric.ACCURACY, Metric.F1,
            Metric.SELECTION_RATE, Metric.BRIER, Metric.AVERAGE_PRECISION, Metric.ECE};

    private final double positiveScale;
    private final double negativeScale;
    private final int drawnPositives;

    private ClassSplit(double positiveScale, double negativeScale, int drawnPositives) {
        this.positiveScale = positiveScale;
        this.negativeScale = negativeScale;
        this.drawnPositives = drawnPositives;
    }

    /** Draws the split of a block of {@code positives + negatives} rows. */
    static ClassSplit draw(SplitMix64 random, int positives, int negatives) {
        int n = positives + negatives;
        int drawn = n == 0 ? 0 : random.binomial(n, (double) positives / n);
        return of(positives, negatives, drawn);
    }

    /** The split with {@code drawnPositives} of the block's rows positive. */
    static ClassSplit of(int positives, int negatives, int drawnPositives) {
        double a = positives == 0 ? 1 : (double) drawnPositives / positives;
        double b = negatives == 0 ? 1 : (double) (positives + negatives - drawnPositives) / negatives;
        return new ClassSplit(a, b, drawnPositives);
    }

    int drawnPositives() {
        return drawnPositives;
    }

    /** The factor on the negatives' weights relative to the positives', for {@link ReplicatePass}'s precision sum. */
    double relativeNegativeScale() {
        return positiveScale == 0 ? 1 : negativeScale / positiveScale;
    }

    /**
     * Writes the prevalence-dependent metrics of the class-stratified tally {@code t} (just made by {@code pass}),
     * reweighted by this split, into {@code values}: NaN where undefined, with the reason kept in {@code reasons}.
     */
    void store(GroupTally t, ReplicatePass pass, int id, int replicate, double[][] values, String[] reasons) {
        double n = t.n();
        if (n == 0) {
            return; // every rate is undefined already ("empty group")
        }
        double a = positiveScale;
        double b = negativeScale;
        double tp = a * t.truePositives();
        double fn = a * t.falseNegatives();
        double fp = b * t.falsePositives();
        double tn = b * t.trueNegatives();
        put(Metric.PPV, ratio(tp, tp + fp), MetricFormulas.NO_PREDICTED_POSITIVES, id, replicate, values, reasons);
        put(Metric.NPV, ratio(tn, tn + fn), MetricFormulas.NO_PREDICTED_NEGATIVES, id, replicate, values, reasons);
        put(Metric.ACCURACY, (tp + tn) / n, null, id, replicate, values, reasons);
        put(Metric.F1, ratio(2 * tp, 2 * tp + fp + fn), MetricFormulas.NO_POSITIVES_NOR_PREDICTED_POSITIVES, id,
                replicate, values, reasons);
        put(Metric.SELECTION_RATE, (tp + fp) / n, null, id, replicate, values, reasons);
        double negativeSquares = pass.negativeSquaredError();
        double positiveSquares = t.squaredErrorSum() - negativeSquares;
        put(Metric.BRIER, (a * positiveSquares + b * negativeSquares) / n, null, id, replicate, values, reasons);
        double calibration = 0;
        for (int bin = 0; bin < PointEstimatePass.ECE_BINS; bin++) {
            calibration += Math.abs(b * pass.negativeBinScore(bin) + a * (pass.positiveBinScore(bin) - pass.binPositives(bin)));
        }
        put(Metric.ECE, calibration / n, null, id, replicate, values, reasons);
        double ap = t.positives() == 0 || drawnPositives == 0 ? Double.NaN : pass.scaledPrecisionSum() / t.positives();
        put(Metric.AVERAGE_PRECISION, ap, MetricFormulas.NO_POSITIVES, id, replicate, values, reasons);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }

    private static void put(Metric metric, double value, String reason, int id, int replicate, double[][] values,
                            String[] reasons) {
        int cell = id * Metric.values().length + metric.ordinal();
        values[cell][replicate] = value;
        if (Double.isNaN(value) && reasons[cell] == null) {
            reasons[cell] = reason;
        }
    }
}

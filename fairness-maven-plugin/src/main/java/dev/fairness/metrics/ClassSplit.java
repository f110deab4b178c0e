package dev.fairness.metrics;

/**
 * Random class counts for the row-level metrics that depend on prevalence. The bootstrap resamples each group
 * within its classes, which is right for the class-conditional metrics (TPR, FPR, TNR, FNR, balanced accuracy, AUC)
 * but keeps a group's positives and negatives fixed, and so leaves out of Brier score, average precision and ECE
 * the variance a random test set's class counts add. (The counted rates, PPV, NPV, accuracy, F1 and selection
 * rate, are redrawn from the group's confusion cells instead: {@link SmoothedCells}.) For those, each
 * replicate also draws the group's number of positives {@code P* ~ Binomial(n, P / n)} (as a resample of the group
 * as a whole would) and weighs the class-stratified replicate's positives by {@code a = P* / P} and its negatives by
 * {@code b = (n - P*) / N}. Every count of the confusion matrix then has the mean and covariance of a resample
 * within the group alone (to order 1 / n), while the class-conditional metrics keep their stratified replicate,
 * which never loses a class. Its draw comes first in every replicate's stream, so the stratified draws after it
 * are the same whatever the metrics it serves.
 */
final class ClassSplit {
    /** The metrics recomputed with random class counts. */
    static final Metric[] PREVALENCE_DEPENDENT = {Metric.BRIER, Metric.AVERAGE_PRECISION, Metric.ECE};

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
     * Writes the row-level prevalence-dependent metrics of the class-stratified tally {@code t} (whose pass left {@code pass}),
     * reweighted by this split, into {@code values}: NaN where undefined, with the reason kept in {@code reasons}.
     */
    void store(GroupTally t, ClassSums pass, int id, int replicate, double[][] values, String[] reasons) {
        double n = t.n();
        if (n == 0) {
            return; // every rate is undefined already ("empty group")
        }
        double a = positiveScale;
        double b = negativeScale;
        double negativeSquares = pass.negativeSquaredError();
        double positiveSquares = t.squaredErrorSum() - negativeSquares;
        ReplicateCells.put(Metric.BRIER, (a * positiveSquares + b * negativeSquares) / n, null, id, replicate, values, reasons);
        double calibration = 0;
        for (int bin = 0; bin < PointEstimatePass.ECE_BINS; bin++) {
            calibration += Math.abs(b * pass.negativeBinScore(bin) + a * (pass.positiveBinScore(bin) - pass.binPositives(bin)));
        }
        ReplicateCells.put(Metric.ECE, calibration / n, null, id, replicate, values, reasons);
        double ap = t.positives() == 0 || drawnPositives == 0 ? Double.NaN : pass.scaledPrecisionSum() / t.positives();
        ReplicateCells.put(Metric.AVERAGE_PRECISION, ap, MetricFormulas.NO_POSITIVES, id, replicate, values, reasons);
    }
}

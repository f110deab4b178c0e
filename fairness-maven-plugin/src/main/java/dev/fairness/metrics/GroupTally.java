package dev.fairness.metrics;

/**
 * The sufficient statistics of one group for one label at one threshold: every metric is a formula over
 * these few numbers (see {@link MetricFormulas}). Counts are weighted counts when the pass ran with per-row
 * weights (bootstrap multiplicities), plain counts otherwise.
 *
 * @param positives             rows with a true positive label
 * @param negatives             rows with a true negative label
 * @param truePositives         positives with score &gt;= threshold
 * @param falsePositives        negatives with score &gt;= threshold
 * @param twiceAucPairs         2 x (positive-negative pairs ranked correctly + 1/2 x tied pairs); exact in a long
 * @param precisionRecallSum    sum over tie blocks of (positives in block) x (precision at that block's score)
 * @param squaredErrorSum       sum of (score - label)^2
 * @param calibrationErrorSum   sum over the 10 ECE bins of |sum of scores - number of positives|
 */
record GroupTally(long positives, long negatives, long truePositives, long falsePositives,
                  long twiceAucPairs, double precisionRecallSum, double squaredErrorSum, double calibrationErrorSum) {

    long n() {
        return positives + negatives;
    }

    long falseNegatives() {
        return positives - truePositives;
    }

    long trueNegatives() {
        return negatives - falsePositives;
    }

    long predictedPositives() {
        return truePositives + falsePositives;
    }
}

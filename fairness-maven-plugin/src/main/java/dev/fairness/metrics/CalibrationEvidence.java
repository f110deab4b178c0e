package dev.fairness.metrics;

/**
 * One group's expected calibration error with its bias made explicit, from consistency resampling
 * ({@link ConsistencyResampling}).
 *
 * @param n             the group's size
 * @param ece           the plug-in ECE of the observed labels (10 equal-width bins)
 * @param calibratedEce the mean ECE of labels redrawn as Bernoulli(score): what a perfectly calibrated model with
 *                      the same scores shows on average at this size, the plug-in ECE's bias under calibration
 * @param pValue        the share of redrawn label sets whose ECE is at least the observed one, (1 + count) /
 *                      (draws + 1): the p-value of "the model is calibrated on this group"
 * @param draws         the number of redrawn label sets
 */
public record CalibrationEvidence(long n, double ece, double calibratedEce, double pValue, int draws) {

    /** The plug-in ECE minus what a calibrated model would show: an estimate of the calibration error itself. */
    public double debiasedEce() {
        return ece - calibratedEce;
    }
}

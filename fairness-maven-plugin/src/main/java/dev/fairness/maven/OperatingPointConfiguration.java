package dev.fairness.maven;

/**
 * One {@code <operatingPoint>} of the pom: how one label's threshold is set, overriding {@code thresholdMethod},
 * {@code targetRate}, {@code threshold} and {@code thresholds} for that label. Converted by
 * {@link OperatingPointsReader}.
 */
public class OperatingPointConfiguration {
    /** The label this applies to. */
    String label;
    /** {@code fixed}, {@code youden}, {@code maxF1}, {@code targetFpr} or {@code targetTpr}. */
    String method;
    /** The target FPR or TPR of {@code targetFpr} / {@code targetTpr}. */
    Double targetRate;
    /** The threshold of {@code fixed}. */
    Double threshold;
}

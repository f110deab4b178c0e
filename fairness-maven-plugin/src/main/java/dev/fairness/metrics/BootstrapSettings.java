package dev.fairness.metrics;

/**
 * How confidence intervals are computed: the number of stratified bootstrap replicates (0 turns intervals
 * off), the confidence level and the seed. The same settings and data give the same intervals on every run
 * and with any number of threads.
 *
 * @param replicates      bootstrap replicates; 0 disables intervals
 * @param confidenceLevel e.g. 0.95 for 95% intervals, strictly between 0 and 1
 * @param seed            the seed every replicate's random draws derive from
 */
public record BootstrapSettings(int replicates, double confidenceLevel, long seed) {
    public static final int DEFAULT_REPLICATES = 1000;
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;
    public static final long DEFAULT_SEED = 42L;

    /** 1,000 replicates, 95% intervals, seed 42. */
    public static final BootstrapSettings DEFAULT =
            new BootstrapSettings(DEFAULT_REPLICATES, DEFAULT_CONFIDENCE_LEVEL, DEFAULT_SEED);
    /** No intervals. */
    public static final BootstrapSettings NONE = new BootstrapSettings(0, DEFAULT_CONFIDENCE_LEVEL, DEFAULT_SEED);

    public BootstrapSettings {
        if (replicates < 0) {
            throw new IllegalArgumentException("bootstrap replicates must be 0 (off) or more, got " + replicates);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1, got " + confidenceLevel);
        }
    }

    public boolean enabled() {
        return replicates > 0;
    }
}

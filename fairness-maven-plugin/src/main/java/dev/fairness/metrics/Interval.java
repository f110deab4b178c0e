package dev.fairness.metrics;

/**
 * A confidence interval of one value: a group's metric (the Wilson score interval of its counts for a counted rate,
 * {@link WilsonScore}; else the percentile interval of its bootstrap replicates) or a gap (derived from the
 * simultaneous intervals of the gap's signed comparisons, {@link GapInterval}).
 *
 * <p>A percentile interval's bounds are percentiles of the replicates in which the value is defined (a Wilson
 * interval does not use the replicates and has none undefined). When it is undefined in some
 * replicates (a group's PPV when a replicate drew no predicted positive, say), the interval says how many and
 * why: {@link #undefinedReplicates()} and {@link #undefinedReason()}. A rule that gates on the interval treats
 * such replicates as missing evidence. When it is undefined in every replicate, both bounds are NaN.
 *
 * @param lower               lower bound, or NaN when no replicate is defined
 * @param upper               upper bound, or NaN when no replicate is defined
 * @param level               the confidence level, e.g. 0.95
 * @param replicates          number of bootstrap replicates drawn
 * @param undefinedReplicates replicates in which the value is undefined
 * @param undefinedReason     why, in the first such replicate; null when there is none
 */
public record Interval(double lower, double upper, double level, int replicates, int undefinedReplicates,
                       String undefinedReason) {

    public Interval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1, got " + level);
        }
        if (undefinedReplicates < 0 || undefinedReplicates > replicates) {
            throw new IllegalArgumentException(undefinedReplicates + " undefined of " + replicates + " replicates");
        }
        if ((undefinedReplicates > 0) != (undefinedReason != null)) {
            throw new IllegalArgumentException("an undefined replicate needs a reason, and only then");
        }
        boolean anyDefined = undefinedReplicates < replicates;
        if (anyDefined != (Double.isFinite(lower) && Double.isFinite(upper))) {
            throw new IllegalArgumentException("bounds must be finite exactly when some replicate is defined: ["
                    + lower + ", " + upper + "] with " + undefinedReplicates + " of " + replicates + " undefined");
        }
        if (anyDefined && lower > upper) {
            throw new IllegalArgumentException("lower bound " + lower + " above upper bound " + upper);
        }
    }

    /** True when at least one replicate is defined, so that the bounds are numbers. */
    public boolean isDefined() {
        return undefinedReplicates < replicates;
    }

    /** True when the value is defined in every replicate. */
    public boolean isComplete() {
        return undefinedReplicates == 0;
    }

    public int definedReplicates() {
        return replicates - undefinedReplicates;
    }

    /** {@code 95%} for 0.95, {@code 99.5%} for 0.995. */
    public String levelText() {
        return levelText(level);
    }

    /** {@code 95%} for 0.95, {@code 99.5%} for 0.995. */
    public static String levelText(double level) {
        return new java.math.BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString() + "%";
    }
}

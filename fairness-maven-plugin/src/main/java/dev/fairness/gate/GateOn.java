package dev.fairness.gate;

import dev.fairness.EnumIds;

import java.util.Locale;

/**
 * What a rule compares with its limit: the point value (the default), or the bootstrap confidence interval.
 * For a maximum: {@link #SIGNIFICANT} fails only when the whole interval lies above it (the gap is
 * significant); {@link #CERTAIN} passes only when the whole interval lies at or below it (the gap is certainly
 * small enough). For a minimum, mirrored.
 */
public enum GateOn {
    /** Compare the point value with the limit; the interval is shown but does not decide. */
    POINT,
    /**
     * Fail only when the whole interval lies beyond the limit. The interval is derived from simultaneous intervals
     * of all the rule's comparisons, so with no comparison truly beyond the limit a rule fails at most about
     * {@code (1 - level) / 2} of the time (family-wise; measured: the statistics page of the
     * documentation, "What the simulations show").
     */
    SIGNIFICANT,
    /**
     * Pass only when the whole interval lies within the limit: with the true gap at the limit or beyond, a rule
     * passes at most about {@code (1 - level) / 2} of the time.
     */
    CERTAIN;

    /** Parses a pom value; blank means {@link #POINT}. */
    public static GateOn parse(String text) {
        return EnumIds.parse(GateOn.class, GateOn::id, text, POINT,
                value -> "Unknown <gateOn> value '" + value + "'. Use point, significant or certain.");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the rule is decided by the interval. */
    public boolean usesInterval() {
        return this != POINT;
    }
}

package dev.fairness.metrics;

import dev.fairness.EnumIds;

/**
 * How a rule turns one metric's per-group values into a single number (design notes, "Gaps").
 * {@link #id()} is the name used in the pom.
 */
public enum GapMethod {
    /** max - min over groups (Fairlearn {@code difference(method='between_groups')}). */
    DIFFERENCE("difference", false),
    /** min / max over groups (Fairlearn {@code ratio(method='between_groups')}). */
    RATIO("ratio", true),
    /** max over groups of |group - overall| (Fairlearn {@code difference(method='to_overall')}). */
    TO_OVERALL("toOverall", false),
    /** min over groups of min(group / overall, overall / group) (Fairlearn {@code ratio(method='to_overall')}). */
    TO_OVERALL_RATIO("toOverallRatio", true),
    /** max over the other groups of |group - reference group|; needs a reference group. */
    TO_REFERENCE("toReference", false),
    /** The worst group's value: the minimum, or the maximum for lower-is-better metrics (error rates). */
    WORST("worst", false);

    private final String id;
    private final boolean ratio;

    GapMethod(String id, boolean ratio) {
        this.id = id;
        this.ratio = ratio;
    }

    public String id() {
        return id;
    }

    /**
     * True when smaller means a larger disparity (the ratios, where 1 is parity); compound gaps then take
     * the minimum of their components instead of the maximum.
     */
    public boolean isRatio() {
        return ratio;
    }

    /** Finds a method by its pom name, ignoring case, dashes and underscores; null when unknown. */
    public static GapMethod fromId(String text) {
        return EnumIds.find(GapMethod.class, GapMethod::id, text);
    }

    /** The pom names, comma-separated. */
    public static String names() {
        return EnumIds.names(GapMethod.class, GapMethod::id);
    }
}

package dev.fairness.metrics;

import dev.fairness.EnumIds;

/** How a label's operating threshold is set. {@link #id()} is the pom name. */
public enum ThresholdMethod {
    /** A threshold given in the configuration. */
    FIXED("fixed", "fixed", false),
    /** Maximal Youden's J = TPR - FPR (= TPR + TNR - 1). */
    YOUDEN("youden", "Youden's J", false),
    /** Maximal F1. */
    MAX_F1("maxF1", "maximal F1", false),
    /** The lowest threshold whose FPR is at most the target: the highest TPR at that FPR (Glocker et al.: 0.2). */
    TARGET_FPR("targetFpr", "target FPR", true),
    /** The highest threshold whose TPR is at least the target: the lowest FPR at that sensitivity. */
    TARGET_TPR("targetTpr", "target TPR", true);

    private final String id;
    private final String displayName;
    private final boolean needsTarget;

    ThresholdMethod(String id, String displayName, boolean needsTarget) {
        this.id = id;
        this.displayName = displayName;
        this.needsTarget = needsTarget;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** True for the methods that need a target rate. */
    public boolean needsTarget() {
        return needsTarget;
    }

    /** Finds a method by its pom name, ignoring case, dashes and underscores; null when unknown. */
    public static ThresholdMethod fromId(String text) {
        return EnumIds.find(ThresholdMethod.class, ThresholdMethod::id, text);
    }

    /** The pom names, comma-separated. */
    public static String names() {
        return EnumIds.names(ThresholdMethod.class, ThresholdMethod::id);
    }
}

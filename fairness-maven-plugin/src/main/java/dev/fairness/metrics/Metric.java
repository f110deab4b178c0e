package dev.fairness.metrics;

import dev.fairness.EnumIds;

/**
 * Every per-group metric, as defined in the design notes. {@link #id()} is the name used in the pom
 * ({@code <metric>auc</metric>}) and in fairness.json.
 */
public enum Metric {
    N("n", "n", Direction.NONE),
    POSITIVES("positives", "positives", Direction.NONE),
    NEGATIVES("negatives", "negatives", Direction.NONE),
    PREVALENCE("prevalence", "prevalence", Direction.NONE),
    TPR("tpr", "TPR", Direction.HIGHER_IS_BETTER),
    TNR("tnr", "TNR", Direction.HIGHER_IS_BETTER),
    FPR("fpr", "FPR", Direction.LOWER_IS_BETTER),
    FNR("fnr", "FNR", Direction.LOWER_IS_BETTER),
    PPV("ppv", "PPV", Direction.HIGHER_IS_BETTER),
    NPV("npv", "NPV", Direction.HIGHER_IS_BETTER),
    ACCURACY("accuracy", "accuracy", Direction.HIGHER_IS_BETTER),
    BALANCED_ACCURACY("balancedAccuracy", "balanced accuracy", Direction.HIGHER_IS_BETTER),
    F1("f1", "F1", Direction.HIGHER_IS_BETTER),
    SELECTION_RATE("selectionRate", "selection rate", Direction.NONE),
    AUC("auc", "AUC", Direction.HIGHER_IS_BETTER),
    AVERAGE_PRECISION("averagePrecision", "average precision", Direction.HIGHER_IS_BETTER),
    BRIER("brier", "Brier score", Direction.LOWER_IS_BETTER),
    ECE("ece", "ECE", Direction.LOWER_IS_BETTER);

    /** Which way is better, so that the {@code worst} gap knows whether to take the minimum or the maximum. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE }

    private final String id;
    private final String displayName;
    private final Direction direction;

    Metric(String id, String displayName, Direction direction) {
        this.id = id;
        this.displayName = displayName;
        this.direction = direction;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Direction direction() {
        return direction;
    }

    /** True for counts (n, positives, negatives), which are always defined and never gated as rates. */
    public boolean isCount() {
        return this == N || this == POSITIVES || this == NEGATIVES;
    }

    /** Finds a metric by its pom name, ignoring case, dashes and underscores ({@code balanced_accuracy}). */
    public static Metric fromId(String text) {
        Metric metric = EnumIds.find(Metric.class, Metric::id, text);
        return metric == null && text != null && EnumIds.normalise(text).equals("rocauc") ? AUC : metric;
    }
}

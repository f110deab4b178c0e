package dev.fairness.gate;

import dev.fairness.EnumIds;
import dev.fairness.metrics.GapMethod;

import java.util.Locale;
import java.util.Objects;

/**
 * One fairness rule: a measure compared across the groups of an attribute (or intersection) by a gap method,
 * bounded by a maximum or a minimum, gated on the point value or on its confidence interval ({@link GateOn}).
 * A rule without a label applies to every label. {@code minClassCount}, when set, overrides the gate's minimum
 * class count for this rule ({@link ClassCounts}). The user's rule is checked, with messages, where the pom is read;
 * the constructor only asserts the same conditions as invariants.
 */
public record Rule(Measure measure, String grouping, String label, GapMethod gap, String reference,
                   Double maximum, Double minimum, MissingPolicy onMissing, GateOn gateOn, Integer minClassCount) {

    /** A rule with the gate's minimum class count. */
    public Rule(Measure measure, String grouping, String label, GapMethod gap, String reference,
                Double maximum, Double minimum, MissingPolicy onMissing, GateOn gateOn) {
        this(measure, grouping, label, gap, reference, maximum, minimum, onMissing, gateOn, null);
    }

    /** A rule gated on the point value. */
    public Rule(Measure measure, String grouping, String label, GapMethod gap, String reference,
                Double maximum, Double minimum, MissingPolicy onMissing) {
        this(measure, grouping, label, gap, reference, maximum, minimum, onMissing, GateOn.POINT);
    }

    public Rule {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(onMissing, "onMissing");
        Objects.requireNonNull(gateOn, "gateOn");
        if (grouping == null || grouping.isBlank()) {
            throw new IllegalArgumentException("no grouping");
        }
        if ((maximum == null) == (minimum == null)) {
            throw new IllegalArgumentException("not exactly one of maximum and minimum");
        }
        if (gap == GapMethod.TO_REFERENCE && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException("toReference without a reference");
        }
        if (minClassCount != null && minClassCount < 0) {
            throw new IllegalArgumentException("negative minClassCount " + minClassCount);
        }
        if (gap == GapMethod.WORST && measure.components().size() > 1) {
            throw new IllegalArgumentException("worst gap of a measure combining several metrics");
        }
    }

    /** Parses a gap method name; blank means {@code difference}. */
    public static GapMethod parseGap(String text) {
        return EnumIds.parse(GapMethod.class, GapMethod::id, text, GapMethod.DIFFERENCE,
                value -> "Unknown <gap> '" + value + "'. Use one of: " + GapMethod.names() + ".");
    }

    public boolean isMaximum() {
        return maximum != null;
    }

    public double limit() {
        return isMaximum() ? maximum : minimum;
    }

    /** {@code AUC difference}, {@code equalized odds ratio}, {@code TPR worst}. */
    public String measureName() {
        return measure.displayName() + " " + gapName(gap);
    }

    /** {@code difference}, {@code ratio to overall}, ...: how a gap method reads in a rule line. */
    public static String gapName(GapMethod gap) {
        return switch (gap) {
            case DIFFERENCE -> "difference";
            case RATIO -> "ratio";
            case TO_OVERALL -> "difference to overall";
            case TO_OVERALL_RATIO -> "ratio to overall";
            case TO_REFERENCE -> "difference to reference";
            case WORST -> "worst group value";
        };
    }

    /** {@code tpr/sex}: how messages name a rule. */
    public String describe() {
        return describe(measure, grouping);
    }

    private static String describe(Measure measure, String grouping) {
        return measure.id() + "/" + grouping.toLowerCase(Locale.ROOT);
    }
}

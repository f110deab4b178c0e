package dev.fairness.gate;

import dev.fairness.EnumIds;
import dev.fairness.InputException;
import dev.fairness.metrics.GapMethod;

import java.util.Locale;
import java.util.Objects;

/**
 * One fairness rule: a measure compared across the groups of an attribute (or intersection) by a gap method,
 * bounded by a maximum or a minimum, gated on the point value or on its confidence interval ({@link GateOn}).
 * A rule without a label applies to every label. {@code minClassCount}, when set, overrides the gate's minimum
 * class count for this rule ({@link ClassCounts}).
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
            throw new InputException("The " + measure.id() + " rule has no <attribute>. Name an attribute such as 'sex' or an intersection such as 'sex×age'.");
        }
        if ((maximum == null) == (minimum == null)) {
            throw new InputException("The " + describe(measure, grouping) + " rule needs exactly one of <maximum> or <minimum>.");
        }
        if (gap == GapMethod.TO_REFERENCE && (reference == null || reference.isBlank())) {
            throw new InputException("The " + describe(measure, grouping) + " rule uses <gap>toReference</gap> but has no <reference> group. Name the group to compare against, e.g. <reference>M</reference>.");
        }
        if (minClassCount != null && minClassCount < 0) {
            throw new InputException("The " + describe(measure, grouping) + " rule has <minClassCount>" + minClassCount
                    + "</minClassCount>. Set it to 0 (no minimum) or a number of cases such as 20.");
        }
        if (gap == GapMethod.WORST && measure.isCompound() && measure.components().size() > 1) {
            throw new InputException("The " + describe(measure, grouping) + " rule cannot use <gap>worst</gap>: "
                    + measure.displayName() + " combines " + measure.components().size()
                    + " metrics. Use difference, ratio, toOverall or toReference.");
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

    static String gapName(GapMethod gap) {
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

package dev.fairness.gate;

import dev.fairness.metrics.Interval;

/**
 * A point-gated rule whose interval straddles its limit: the rule still passes or fails on its point value, but
 * the test set cannot tell on which side of the limit the true gap lies. How many images would decide it is
 * estimated from the rule of thumb that an interval's width shrinks as 1/√n: every group scaled by
 * (reach / distance to the limit)² would give an interval that just reaches the limit from the point value.
 * The width used is the interval's reach from the point value past the limit (the upper bound's distance from the
 * value for a limit above it, the lower bound's for a limit below), not half the width: a gap's percentile interval
 * need not be centred on the value, and that reach is what has to shrink to the limit's distance. It assumes the
 * point value stays where it is and the groups keep their proportions, so it is a size to plan for, not a promise.
 *
 * @param reach           distance from the point value to the bound beyond the limit
 * @param distance        distance from the point value to the limit
 * @param smallestGroup   size of the smallest group the rule compared
 * @param imagesPerGroup  the smallest group's size scaled by (reach / distance)², or -1 when the value lies on
 *                        the limit and no size would decide it
 */
public record Inconclusive(double reach, double distance, long smallestGroup, long imagesPerGroup) {

    /**
     * The finding for a point-gated rule, or null when the interval lies on one side of the limit (or is missing).
     *
     * @param value         the gap's point value
     * @param interval      the gap's interval, or null
     * @param smallestGroup the size of the smallest group compared
     */
    static Inconclusive of(Rule rule, double value, Interval interval, long smallestGroup) {
        if (rule.gateOn() != GateOn.POINT || interval == null || !interval.isDefined()) {
            return null;
        }
        double limit = rule.limit();
        if (!(interval.lower() < limit && interval.upper() > limit)) {
            return null;
        }
        double reach = limit > value ? interval.upper() - value : value - interval.lower();
        double distance = Math.abs(value - limit);
        long images = distance == 0 ? -1
                : (long) Math.ceil(smallestGroup * (reach / distance) * (reach / distance));
        return new Inconclusive(reach, distance, smallestGroup, images);
    }

    /** True when a size could be estimated. */
    public boolean hasEstimate() {
        return imagesPerGroup >= 0;
    }

    /**
     * {@code inconclusive: the 95% CI straddles the maximum, so this test set cannot decide the rule at its size;
     * about 840 images per group would (the smallest group, n = 200, scaled by (distance from the value to the CI
     * bound beyond the limit 0.071 / to the limit 0.035)²)}.
     */
    public String message(Rule rule, Interval interval) {
        String head = "inconclusive: the " + interval.levelText() + " CI straddles the "
                + (rule.isMaximum() ? "maximum" : "minimum") + ", so this test set cannot decide the rule at its size";
        if (!hasEstimate()) {
            return head + "; the value lies on the limit, so no size can be estimated";
        }
        return head + "; about " + imagesPerGroup + " images per group would (the smallest group, n = " + smallestGroup
                + ", scaled by (distance from the value to the CI bound beyond the limit " + RuleMessages.format(reach)
                + " / to the limit " + RuleMessages.format(distance) + ")²)";
    }
}

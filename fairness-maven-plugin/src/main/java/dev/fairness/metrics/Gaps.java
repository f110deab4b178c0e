package dev.fairness.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gap computations over one metric's group values (design notes, "Gaps"), one method per {@link GapMethod}.
 *
 * <p>Only groups with a defined value take part; an undefined group is neither a best nor a worst group.
 * When too few groups are left the gap itself is undefined with the reason, so a rule can fail, warn or
 * ignore it explicitly. Ties are broken by group order: the first group reaching the maximum (or the
 * farthest distance) is named.
 */
public final class Gaps {

    private Gaps() {
    }

    /**
     * Computes a gap by method.
     *
     * @param overall   the overall value; used by {@link GapMethod#TO_OVERALL} and {@link GapMethod#TO_OVERALL_RATIO}
     * @param reference the reference group's name; used by (and required for) {@link GapMethod#TO_REFERENCE}
     */
    public static Gap compute(Metric metric, GapMethod method, List<GroupValue> groups, MetricValue overall,
                              String reference) {
        Objects.requireNonNull(method, "method");
        return switch (method) {
            case DIFFERENCE -> difference(metric, groups);
            case RATIO -> ratio(metric, groups);
            case TO_OVERALL -> toOverall(metric, groups, overall);
            case TO_OVERALL_RATIO -> toOverallRatio(metric, groups, overall);
            case TO_REFERENCE -> toReference(metric, groups, reference);
            case WORST -> worst(metric, groups);
        };
    }

    /** Computes a gap over the groups of one grouping of a label's metrics. */
    public static Gap compute(Metric metric, GapMethod method, LabelMetrics label, String grouping, String reference) {
        return compute(metric, method, label.values(grouping, metric), label.overall().get(metric), reference);
    }

    /** max - min over the defined groups; undefined with fewer than 2 of them. */
    public static Gap difference(Metric metric, List<GroupValue> groups) {
        List<GroupValue> defined = defined(groups);
        if (defined.size() < 2) {
            return Gap.undefined(metric, GapMethod.DIFFERENCE, fewerThanTwo(defined, groups));
        }
        GroupValue[] extremes = extremes(defined);
        double high = extremes[0].value().value();
        double low = extremes[1].value().value();
        return new Gap(metric, GapMethod.DIFFERENCE, MetricValue.of(high - low),
                extremes[0].group(), high, extremes[1].group(), low);
    }

    /** min / max over the defined groups; undefined with fewer than 2 of them or when the maximum is 0. */
    public static Gap ratio(Metric metric, List<GroupValue> groups) {
        List<GroupValue> defined = defined(groups);
        if (defined.size() < 2) {
            return Gap.undefined(metric, GapMethod.RATIO, fewerThanTwo(defined, groups));
        }
        GroupValue[] extremes = extremes(defined);
        double high = extremes[0].value().value();
        double low = extremes[1].value().value();
        if (high <= 0) {
            return Gap.undefined(metric, GapMethod.RATIO, "the largest group value is " + format(high)
                    + " ('" + extremes[0].group() + "'), a ratio needs a positive maximum");
        }
        return new Gap(metric, GapMethod.RATIO, MetricValue.of(low / high),
                extremes[0].group(), high, extremes[1].group(), low);
    }

    /** max over the defined groups of |group - overall|; undefined when the overall value or every group is. */
    public static Gap toOverall(Metric metric, List<GroupValue> groups, MetricValue overall) {
        Objects.requireNonNull(overall, "overall");
        List<GroupValue> defined = defined(groups);
        if (!overall.isDefined()) {
            return Gap.undefined(metric, GapMethod.TO_OVERALL, "the overall value is undefined (" + overall.undefinedReason() + ")");
        }
        if (defined.isEmpty()) {
            return Gap.undefined(metric, GapMethod.TO_OVERALL, noneDefined(groups));
        }
        double o = overall.value();
        GroupValue farthest = null;
        double distance = -1;
        for (GroupValue g : defined) {
            double d = Math.abs(g.value().value() - o);
            if (d > distance) {
                distance = d;
                farthest = g;
            }
        }
        return Gap.between(metric, GapMethod.TO_OVERALL, distance, farthest.group(), farthest.value().value(), Gap.OVERALL, o);
    }

    /**
     * min over the defined groups of min(group / overall, overall / group), as Fairlearn's
     * {@code ratio(method='to_overall')}: a group value of 0 gives 0; undefined when the overall value is 0
     * or undefined, or no group is defined.
     */
    public static Gap toOverallRatio(Metric metric, List<GroupValue> groups, MetricValue overall) {
        Objects.requireNonNull(overall, "overall");
        List<GroupValue> defined = defined(groups);
        if (!overall.isDefined()) {
            return Gap.undefined(metric, GapMethod.TO_OVERALL_RATIO, "the overall value is undefined (" + overall.undefinedReason() + ")");
        }
        if (overall.value() <= 0) {
            return Gap.undefined(metric, GapMethod.TO_OVERALL_RATIO, "the overall value is " + format(overall.value())
                    + ", a ratio needs a positive overall value");
        }
        if (defined.isEmpty()) {
            return Gap.undefined(metric, GapMethod.TO_OVERALL_RATIO, noneDefined(groups));
        }
        double o = overall.value();
        GroupValue farthest = null;
        double smallest = Double.POSITIVE_INFINITY;
        for (GroupValue g : defined) {
            double v = g.value().value();
            double r = v <= 0 ? 0 : Math.min(v / o, o / v);
            if (r < smallest) {
                smallest = r;
                farthest = g;
            }
        }
        return Gap.between(metric, GapMethod.TO_OVERALL_RATIO, smallest, farthest.group(), farthest.value().value(), Gap.OVERALL, o);
    }

    /**
     * max over the other defined groups of |group - reference|.
     *
     * @throws IllegalArgumentException when the reference is null or not one of the groups (listing them)
     */
    public static Gap toReference(Metric metric, List<GroupValue> groups, String reference) {
        if (reference == null) {
            throw new IllegalArgumentException("gap method 'toReference' needs a reference group; groups are " + names(groups));
        }
        GroupValue ref = null;
        for (GroupValue g : groups) {
            if (g.group().equals(reference)) {
                ref = g;
                break;
            }
        }
        if (ref == null) {
            throw new IllegalArgumentException("reference group '" + reference + "' is not one of the groups " + names(groups));
        }
        if (!ref.value().isDefined()) {
            return Gap.undefined(metric, GapMethod.TO_REFERENCE,
                    "reference group '" + reference + "' is undefined (" + ref.value().undefinedReason() + ")");
        }
        double r = ref.value().value();
        GroupValue farthest = null;
        double distance = -1;
        for (GroupValue g : defined(groups)) {
            if (g == ref) {
                continue;
            }
            double d = Math.abs(g.value().value() - r);
            if (d > distance) {
                distance = d;
                farthest = g;
            }
        }
        if (farthest == null) {
            return Gap.undefined(metric, GapMethod.TO_REFERENCE,
                    "no group other than the reference group '" + reference + "' has a defined value");
        }
        return Gap.between(metric, GapMethod.TO_REFERENCE, distance, farthest.group(), farthest.value().value(), reference, r);
    }

    /**
     * The worst defined group's value: the minimum for higher-is-better metrics, the maximum for
     * lower-is-better ones (error rates, Brier, ECE).
     *
     * @throws IllegalArgumentException for a metric without a better direction (counts, prevalence,
     *                                  selection rate)
     */
    public static Gap worst(Metric metric, List<GroupValue> groups) {
        Objects.requireNonNull(metric, "metric");
        if (metric.direction() == Metric.Direction.NONE) {
            throw new IllegalArgumentException("gap method 'worst' needs a metric where higher or lower is better; "
                    + metric.displayName() + " has no better direction");
        }
        List<GroupValue> defined = defined(groups);
        if (defined.isEmpty()) {
            return Gap.undefined(metric, GapMethod.WORST, noneDefined(groups));
        }
        GroupValue[] extremes = extremes(defined);
        GroupValue worst = metric.direction() == Metric.Direction.LOWER_IS_BETTER ? extremes[0] : extremes[1];
        double v = worst.value().value();
        return new Gap(metric, GapMethod.WORST, MetricValue.of(v), worst.group(), v, worst.group(), v);
    }

    /**
     * [first group with the maximum, first group with the minimum]; when all are equal, the second group is
     * named as the minimum so that a difference of 0 still names two groups.
     */
    private static GroupValue[] extremes(List<GroupValue> defined) {
        GroupValue max = defined.get(0);
        GroupValue min = defined.get(0);
        for (GroupValue g : defined) {
            double v = g.value().value();
            if (v > max.value().value()) {
                max = g;
            }
            if (v < min.value().value()) {
                min = g;
            }
        }
        if (max == min && defined.size() > 1) {
            min = defined.get(1);
        }
        return new GroupValue[] {max, min};
    }

    private static List<GroupValue> defined(List<GroupValue> groups) {
        Objects.requireNonNull(groups, "groups");
        List<GroupValue> defined = new ArrayList<>(groups.size());
        for (GroupValue g : groups) {
            if (g.value().isDefined()) {
                defined.add(g);
            }
        }
        return defined;
    }

    private static String fewerThanTwo(List<GroupValue> defined, List<GroupValue> groups) {
        return "fewer than 2 groups with a defined value (" + defined.size() + " of " + groups.size() + ")";
    }

    private static String noneDefined(List<GroupValue> groups) {
        return "no group has a defined value (0 of " + groups.size() + ")";
    }

    private static List<String> names(List<GroupValue> groups) {
        List<String> names = new ArrayList<>(groups.size());
        for (GroupValue g : groups) {
            names.add(g.group());
        }
        return names;
    }

    private static String format(double v) {
        return Double.toString(v);
    }
}

package dev.fairness.metrics;

import java.util.Objects;

/**
 * A gap value and the two groups that produced it, so that the log line and the report can name them
 * ("AUC difference is 0.081 between 'F' (0.912) and 'M' (0.831)").
 *
 * <p>{@code highGroup}/{@code lowGroup} are the groups with the higher and the lower value of the pair
 * compared: the maximum and minimum group for {@link GapMethod#DIFFERENCE} and {@link GapMethod#RATIO}; the
 * farthest group and {@link #OVERALL} for {@link GapMethod#TO_OVERALL} and
 * {@link GapMethod#TO_OVERALL_RATIO}; the farthest group and the reference group for
 * {@link GapMethod#TO_REFERENCE}; the worst group as both for {@link GapMethod#WORST}. When the gap is
 * undefined both are null and both values NaN.
 *
 * @param metric    the metric compared (for a compound gap: the component that decided it)
 * @param method    how the groups were compared
 * @param value     the gap, or undefined with the reason
 * @param highGroup name of the group with the higher value of the pair, or null
 * @param highValue its value, or NaN
 * @param lowGroup  name of the group with the lower value of the pair, or null
 * @param lowValue  its value, or NaN
 */
public record Gap(Metric metric, GapMethod method, MetricValue value,
                  String highGroup, double highValue, String lowGroup, double lowValue) {
    /** Group name used for the overall value in {@code to-overall} gaps. */
    public static final String OVERALL = LabelMetrics.OVERALL;

    public Gap {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(value, "value");
    }

    static Gap undefined(Metric metric, GapMethod method, String reason) {
        return new Gap(metric, method, MetricValue.undefined(reason), null, Double.NaN, null, Double.NaN);
    }

    /** A gap between two named values, ordered so that the higher one comes first. */
    static Gap between(Metric metric, GapMethod method, double gap,
                       String group, double groupValue, String other, double otherValue) {
        return groupValue >= otherValue
                ? new Gap(metric, method, MetricValue.of(gap), group, groupValue, other, otherValue)
                : new Gap(metric, method, MetricValue.of(gap), other, otherValue, group, groupValue);
    }
}

package dev.fairness.metrics;

/**
 * One signed comparison of a gap's family with its simultaneous interval: {@code first - second} of one metric (on
 * the log scale, {@code log(first / second)}, for the ratio methods), or a single group's own value when
 * {@code second} is null (the {@code worst} method). Every comparison of a family holds its true value at the
 * same time with the family's confidence level ({@link MaxT}).
 *
 * @param metric   the metric compared
 * @param first    the group whose value comes first
 * @param second   the group (or {@link Gap#OVERALL}) subtracted, or null for a single group's value
 * @param logScale true when estimate and bounds are logs of a ratio
 * @param estimate the signed difference on the test set
 * @param lower    the simultaneous lower bound
 * @param upper    the simultaneous upper bound
 */
public record Comparison(Metric metric, String first, String second, boolean logScale, double estimate,
                         double lower, double upper) {

    /** Whether the interval excludes 0: the two values differ at the family's level. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }

    /** {@code 'F' - 'M'}, {@code log('F' / 'M')}, or {@code 'F'} for a single group. */
    public String describe() {
        if (second == null) {
            return "'" + first + "'";
        }
        return logScale ? "log('" + first + "' / '" + second + "')" : "'" + first + "' - '" + second + "'";
    }
}

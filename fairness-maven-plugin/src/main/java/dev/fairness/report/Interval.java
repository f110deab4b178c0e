package dev.fairness.report;

/**
 * A confidence interval around a value the report shows: drawn as {@code 0.912 (0.871–0.944)} in tables and as
 * a whisker on bar charts.
 */
public record Interval(double low, double high) {
    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("an interval needs low <= high, got " + low + " and " + high);
        }
    }
}

package dev.fairness.metrics;

import java.util.Objects;

/**
 * One group's value of one metric: what a gap is computed over. A group a rule wants to leave out (e.g. one
 * below the minimum size) is best passed as undefined with that reason rather than dropped, so that a
 * reference group keeps its name.
 */
public record GroupValue(String group, MetricValue value) {
    public GroupValue {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(value, "value");
    }
}

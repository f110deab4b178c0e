package dev.fairness.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every metric of one group (or of all rows, for the overall line) for one label.
 *
 * @param group  the group's name ({@link LabelMetrics#OVERALL} for all rows)
 * @param values one value per {@link Metric}, in enum order, each defined or undefined with its reason;
 *               unmodifiable
 */
public record GroupMetrics(String group, Map<Metric, MetricValue> values) {

    public GroupMetrics {
        Objects.requireNonNull(group, "group");
        EnumMap<Metric, MetricValue> copy = new EnumMap<>(Metric.class);
        copy.putAll(values);
        for (Metric m : Metric.values()) {
            if (!copy.containsKey(m)) {
                throw new IllegalArgumentException("group '" + group + "' has no value for " + m.displayName());
            }
        }
        values = Collections.unmodifiableMap(copy);
    }

    public MetricValue get(Metric metric) {
        return values.get(metric);
    }

    /** The group size (a weighted count when computed with per-row weights). */
    public long n() {
        return (long) values.get(Metric.N).value();
    }
}

package dev.fairness.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All metrics of one label: over all rows, and per group of every grouping.
 *
 * @param threshold  the operating threshold used (predicted positive iff {@code score >= threshold})
 * @param overall    metrics over all rows, named {@link #OVERALL}
 * @param byGrouping for each grouping name (in the order given), one entry per group in group-index order;
 *                   unmodifiable
 */
public record LabelMetrics(double threshold, GroupMetrics overall, Map<String, List<GroupMetrics>> byGrouping) {
    /** Name of the all-rows line. */
    public static final String OVERALL = "overall";

    public LabelMetrics {
        Objects.requireNonNull(overall, "overall");
        Map<String, List<GroupMetrics>> copy = new LinkedHashMap<>();
        byGrouping.forEach((name, groups) -> copy.put(name, List.copyOf(groups)));
        byGrouping = Collections.unmodifiableMap(copy);
    }

    /**
     * The groups of one grouping, in group-index order.
     *
     * @throws IllegalArgumentException for an unknown grouping, listing the known ones
     */
    public List<GroupMetrics> groups(String grouping) {
        List<GroupMetrics> groups = byGrouping.get(grouping);
        if (groups == null) {
            throw new IllegalArgumentException("no grouping '" + grouping + "'; known: " + byGrouping.keySet());
        }
        return groups;
    }

    /** One group of one grouping, by name. */
    public GroupMetrics group(String grouping, String group) {
        for (GroupMetrics g : groups(grouping)) {
            if (g.group().equals(group)) {
                return g;
            }
        }
        throw new IllegalArgumentException("grouping '" + grouping + "' has no group '" + group + "'");
    }

    /** One metric's value per group of one grouping, in group-index order: the input of {@link Gaps}. */
    public List<GroupValue> values(String grouping, Metric metric) {
        List<GroupValue> values = new ArrayList<>();
        for (GroupMetrics g : groups(grouping)) {
            values.add(new GroupValue(g.group(), g.get(metric)));
        }
        return values;
    }
}

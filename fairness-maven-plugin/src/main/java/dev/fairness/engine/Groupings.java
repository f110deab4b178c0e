package dev.fairness.engine;

import dev.fairness.groups.AttributeSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which groups the rows are split into and which of them are too small to judge.
 *
 * @param attributes    attribute columns, each reported as a grouping
 * @param bins          bin edges of numeric attributes, by attribute
 * @param intersections intersections reported as groupings, e.g. {@code sex×age}
 * @param minGroupSize  groups smaller than this are left out of rules (and marked in reports)
 * @param minClassCount groups with fewer cases of the class a metric rests on are left out of rules on it (0: off)
 */
public record Groupings(List<String> attributes, Map<String, AttributeSpec> bins, List<String> intersections,
                        int minGroupSize, int minClassCount) {
    public static final int DEFAULT_MIN_GROUP_SIZE = 30;
    public static final int DEFAULT_MIN_CLASS_COUNT = 10;
    /** No groupings but those the rules name; the plugin's default minimums. */
    public static final Groupings NONE = new Groupings(List.of(), Map.of(), List.of(), DEFAULT_MIN_GROUP_SIZE,
            DEFAULT_MIN_CLASS_COUNT);

    public Groupings {
        attributes = List.copyOf(attributes);
        bins = Map.copyOf(bins);
        intersections = List.copyOf(intersections);
        if (minGroupSize < 0 || minClassCount < 0) {
            throw new IllegalArgumentException("minimum group size and class count must not be negative: "
                    + minGroupSize + ", " + minClassCount);
        }
    }

    /** These attributes, categorical, with the plugin's default minimums. */
    public static Groupings of(String... attributes) {
        return NONE.withAttributes(List.of(attributes));
    }

    public Groupings withAttributes(List<String> value) {
        return new Groupings(value, bins, intersections, minGroupSize, minClassCount);
    }

    public Groupings withBins(Map<String, AttributeSpec> value) {
        return new Groupings(attributes, value, intersections, minGroupSize, minClassCount);
    }

    /** Bins one numeric attribute at these edges. */
    public Groupings withBins(String attribute, Double... edges) {
        return withBins(Map.of(attribute, new AttributeSpec(attribute, Arrays.asList(edges))));
    }

    public Groupings withIntersections(String... value) {
        return new Groupings(attributes, bins, List.of(value), minGroupSize, minClassCount);
    }

    public Groupings withMinGroupSize(int value) {
        return new Groupings(attributes, bins, intersections, value, minClassCount);
    }

    public Groupings withMinClassCount(int value) {
        return new Groupings(attributes, bins, intersections, minGroupSize, value);
    }
}

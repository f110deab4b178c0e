package dev.fairness.engine;

import java.util.List;

/** The groups of one grouping with their sizes, and how many rows belong to none of them. */
public record GroupingSummary(String name, List<String> groups, List<Integer> sizes, int rowsWithoutGroup) {
    public GroupingSummary {
        groups = List.copyOf(groups);
        sizes = List.copyOf(sizes);
    }
}

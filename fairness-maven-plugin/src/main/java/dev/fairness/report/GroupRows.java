package dev.fairness.report;

import dev.fairness.dataset.Predictions;
import dev.fairness.groups.AttributeSpec;
import dev.fairness.groups.Grouping;
import dev.fairness.groups.GroupingBuilder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which rows belong to each group of a grouping, rebuilt from the predictions with the evaluation's bins, for the
 * per-group curves. The groups and their order are the metrics' own, because both come from
 * {@link GroupingBuilder}.
 */
final class GroupRows {
    private final Predictions predictions;
    private final Map<String, AttributeSpec> bins;
    private final Map<String, Map<String, int[]>> cache = new LinkedHashMap<>();

    GroupRows(Predictions predictions, Map<String, AttributeSpec> bins) {
        this.predictions = predictions;
        this.bins = bins;
    }

    /** Every group of the grouping with its rows, in group order. */
    Map<String, int[]> of(String grouping) {
        return cache.computeIfAbsent(grouping, this::build);
    }

    private Map<String, int[]> build(String grouping) {
        Map<String, String[]> values = new LinkedHashMap<>();
        for (String attribute : predictions.attributeNames()) {
            values.put(attribute, predictions.attribute(attribute));
        }
        Grouping g = new GroupingBuilder(values, bins, row -> "row " + (row + 1)).build(grouping);
        int[] counts = new int[g.groupCount()];
        for (int group : g.groupOf()) {
            if (group != Grouping.NO_GROUP) {
                counts[group]++;
            }
        }
        int[][] rows = new int[g.groupCount()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int row = 0; row < g.size(); row++) {
            int group = g.groupOf()[row];
            if (group != Grouping.NO_GROUP) {
                rows[group][counts[group]++] = row;
            }
        }
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            byGroup.put(g.groupNames().get(i), rows[i]);
        }
        return byGroup;
    }
}

package dev.fairness.engine;

import java.util.List;

/**
 * What was evaluated: the source file, the number of samples, the labels with their positives, the group
 * sizes of every grouping and every row left out of a grouping with the reason.
 */
public record DataSummary(String source, int samples, List<String> labels, List<Integer> positives,
                          List<GroupingSummary> groupings, List<ExcludedRow> excludedRows) {
    public DataSummary {
        labels = List.copyOf(labels);
        positives = List.copyOf(positives);
        groupings = List.copyOf(groupings);
        excludedRows = List.copyOf(excludedRows);
    }
}

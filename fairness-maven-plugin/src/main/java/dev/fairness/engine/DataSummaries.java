package dev.fairness.engine;

import dev.fairness.dataset.Predictions;
import dev.fairness.groups.Grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Builds the {@link DataSummary} of a scored test set. */
final class DataSummaries {
    private DataSummaries() {
    }

    static DataSummary of(String source, Predictions predictions, List<Grouping> groupings,
                          IntFunction<String> rowLocation) {
        List<Integer> positives = new ArrayList<>();
        for (int l = 0; l < predictions.labels().size(); l++) {
            int count = 0;
            for (boolean t : predictions.truth(l)) {
                count += t ? 1 : 0;
            }
            positives.add(count);
        }
        List<GroupingSummary> summaries = new ArrayList<>();
        List<ExcludedRow> excluded = new ArrayList<>();
        for (Grouping g : groupings) {
            int[] sizes = new int[g.groupCount()];
            int without = 0;
            int[] groupOf = g.groupOf();
            for (int row = 0; row < groupOf.length; row++) {
                int group = groupOf[row];
                if (group == Grouping.NO_GROUP) {
                    without++;
                    excluded.add(new ExcludedRow(predictions.id(row), rowLocation.apply(row), g.name(),
                            "no value for " + missingParts(g.name(), predictions, row)));
                } else {
                    sizes[group]++;
                }
            }
            List<Integer> sizeList = new ArrayList<>();
            for (int s : sizes) {
                sizeList.add(s);
            }
            summaries.add(new GroupingSummary(g.name(), g.groupNames(), sizeList, without));
        }
        return new DataSummary(source, predictions.size(), predictions.labels(), positives, summaries, excluded);
    }

    /** The attribute(s) of a grouping that are empty in a row, e.g. {@code 'age'}. */
    private static String missingParts(String grouping, Predictions predictions, int row) {
        List<String> missing = new ArrayList<>();
        for (String attribute : dev.fairness.groups.GroupingBuilder.splitIntersection(grouping)) {
            if (predictions.attribute(attribute)[row].isBlank()) {
                missing.add("'" + attribute + "'");
            }
        }
        return String.join(" and ", missing);
    }
}

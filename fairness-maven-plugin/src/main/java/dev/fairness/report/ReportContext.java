package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.groups.Grouping;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every section of one report reads: the evaluation, its intervals and the words. */
record ReportContext(ReportSource source, ReportMessages messages, Intervals intervals,
                     Map<String, Map<String, int[]>> rowsByGrouping) {

    static ReportContext of(ReportSource source, ReportMessages messages) {
        return new ReportContext(source, messages, new Intervals(source.result()), new ConcurrentHashMap<>());
    }

    EvaluationResult result() {
        return source.result();
    }

    /** True for a group below the minimum group size: marked, and left out of rules. */
    boolean isSmall(long n) {
        return n < result().minGroupSize();
    }

    /**
     * Every group of the grouping with its rows, in group order, from the grouping the engine built (label sections
     * ask from several threads).
     */
    Map<String, int[]> rows(String grouping) {
        return rowsByGrouping.computeIfAbsent(grouping, name -> rowsOf(result().grouping(name)));
    }

    private static Map<String, int[]> rowsOf(Grouping g) {
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

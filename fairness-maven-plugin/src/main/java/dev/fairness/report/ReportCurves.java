package dev.fairness.report;

import dev.fairness.dataset.Predictions;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.Parallel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every label's ROC and reliability curves of every group of every grouping, computed once per label for all
 * groupings together ({@link RocCurves}, {@link ReliabilityCurve#ofGroupings}): the rows are the report's only
 * work that grows with the test set. {@link #prepare} computes all of them on every core before the sections are
 * rendered; a section asks by label and grouping (label sections ask from several threads).
 */
final class ReportCurves {
    private final EvaluationResult result;
    private final Map<String, Map<String, List<RocCurve>>> roc = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<ReliabilityCurve>>> reliability = new ConcurrentHashMap<>();
    private volatile List<GroupCodes> codes;

    ReportCurves(EvaluationResult result) {
        this.result = result;
    }

    /** Computes every label's curves, ROC and reliability curves of each label as separate tasks, on every core. */
    void prepare() {
        List<LabelResult> labels = result.labels();
        codes(); // once, before the tasks that read it
        Parallel.map(2 * labels.size(), Parallel.defaultThreads(), t -> {
            LabelResult label = labels.get(t / 2);
            if (t % 2 == 0) {
                roc.computeIfAbsent(label.label(), name -> rocOf(label));
            } else {
                reliability.computeIfAbsent(label.label(), name -> reliabilityOf(label));
            }
            return null;
        });
    }

    /** The ROC curve of every group of the grouping, in the grouping's group order (null: no curve). */
    List<RocCurve> roc(LabelResult label, String grouping) {
        return roc.computeIfAbsent(label.label(), name -> rocOf(label)).get(grouping);
    }

    /** The reliability curve of every group of the grouping, in the grouping's group order. */
    List<ReliabilityCurve> reliability(LabelResult label, String grouping) {
        return reliability.computeIfAbsent(label.label(), name -> reliabilityOf(label)).get(grouping);
    }

    private Map<String, List<RocCurve>> rocOf(LabelResult label) {
        Map<String, List<RocCurve>> byGrouping = new LinkedHashMap<>();
        if (label.scoreOrder() == null) { // a result built without the engine's sort: each group sorted alone
            Predictions p = result.predictions();
            int l = p.labels().indexOf(label.label());
            for (Grouping g : result.groupings()) {
                List<RocCurve> curves = new ArrayList<>();
                for (int[] rows : rowsOf(g)) {
                    curves.add(RocCurve.of(p.truth(l), p.scores(l), rows));
                }
                byGrouping.put(g.name(), curves);
            }
            return byGrouping;
        }
        for (GroupCodes pack : codes()) {
            List<List<RocCurve>> curves = RocCurves.of(label.scoreOrder(), pack);
            for (int k = 0; k < curves.size(); k++) {
                byGrouping.put(pack.groupings().get(k).name(), curves.get(k));
            }
        }
        return byGrouping;
    }

    private Map<String, List<ReliabilityCurve>> reliabilityOf(LabelResult label) {
        Predictions p = result.predictions();
        int l = p.labels().indexOf(label.label());
        Map<String, List<ReliabilityCurve>> byGrouping = new LinkedHashMap<>();
        for (GroupCodes pack : codes()) {
            List<List<ReliabilityCurve>> curves = ReliabilityCurve.ofGroupings(p.truth(l), p.scores(l), pack);
            for (int k = 0; k < curves.size(); k++) {
                byGrouping.put(pack.groupings().get(k).name(), curves.get(k));
            }
        }
        return byGrouping;
    }

    /** The groupings packed once for every label ({@link GroupCodes}). */
    private List<GroupCodes> codes() {
        List<GroupCodes> packed = codes;
        if (packed == null) {
            synchronized (this) {
                if (codes == null) {
                    codes = GroupCodes.of(result.groupings());
                }
                packed = codes;
            }
        }
        return packed;
    }

    /** Every group's rows, in group order. */
    private static List<int[]> rowsOf(Grouping g) {
        int[] counts = new int[g.groupCount()];
        for (int group : g.groupOf()) {
            if (group != Grouping.NO_GROUP) {
                counts[group]++;
            }
        }
        List<int[]> rows = new ArrayList<>();
        for (int count : counts) {
            rows.add(new int[count]);
        }
        java.util.Arrays.fill(counts, 0);
        for (int row = 0; row < g.size(); row++) {
            int group = g.groupOf()[row];
            if (group != Grouping.NO_GROUP) {
                rows.get(group)[counts[group]++] = row;
            }
        }
        return rows;
    }
}

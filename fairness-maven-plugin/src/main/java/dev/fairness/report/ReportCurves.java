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
 * groupings together: first the reliability curves from one pass in row order, which also counts every group's
 * rows and positives ({@link ReliabilityCurve#ofGroupings}), then the ROC curves from one pass in score order
 * ({@link RocCurves}). The rows are the report's only work that grows with the test set. {@link #prepare}
 * computes every label's curves on every core before the sections are rendered; a section asks by label and
 * grouping (label sections ask from several threads).
 */
final class ReportCurves {
    private final EvaluationResult result;
    private final Map<String, LabelCurves> byLabel = new ConcurrentHashMap<>();
    private volatile List<GroupCodes> codes;

    /** One label's curves by grouping, each list in the grouping's group order. */
    private record LabelCurves(Map<String, List<RocCurve>> roc, Map<String, List<ReliabilityCurve>> reliability) {
    }

    ReportCurves(EvaluationResult result) {
        this.result = result;
    }

    /** Computes every label's curves, a label per task, on every core. */
    void prepare() {
        List<LabelResult> labels = result.labels();
        codes(); // once, before the tasks that read it
        Parallel.map(labels.size(), Parallel.defaultThreads(), l -> of(labels.get(l)));
    }

    /** The ROC curve of every group of the grouping, in the grouping's group order (null: no curve). */
    List<RocCurve> roc(LabelResult label, String grouping) {
        return of(label).roc().get(grouping);
    }

    /** The reliability curve of every group of the grouping, in the grouping's group order. */
    List<ReliabilityCurve> reliability(LabelResult label, String grouping) {
        return of(label).reliability().get(grouping);
    }

    private LabelCurves of(LabelResult label) {
        return byLabel.computeIfAbsent(label.label(), name -> curves(label));
    }

    private LabelCurves curves(LabelResult label) {
        Predictions p = result.predictions();
        int l = p.labels().indexOf(label.label());
        Map<String, List<RocCurve>> roc = new LinkedHashMap<>();
        Map<String, List<ReliabilityCurve>> reliability = new LinkedHashMap<>();
        for (GroupCodes pack : codes()) {
            int[] sizes = new int[pack.slots()];
            int[] positives = new int[pack.slots()];
            List<List<ReliabilityCurve>> bins = ReliabilityCurve.ofGroupings(p.truth(l), p.scores(l), pack, sizes,
                    positives);
            List<List<RocCurve>> curves = label.scoreOrder() != null
                    ? RocCurves.of(label.scoreOrder(), pack, sizes, positives)
                    : sortedAlone(pack, p.truth(l), p.scores(l)); // a result built without the engine's sort
            for (int k = 0; k < pack.groupings().size(); k++) {
                reliability.put(pack.groupings().get(k).name(), bins.get(k));
                roc.put(pack.groupings().get(k).name(), curves.get(k));
            }
        }
        return new LabelCurves(roc, reliability);
    }

    /** Each group's curve from its own rows, sorted alone ({@link RocCurve#of}). */
    private static List<List<RocCurve>> sortedAlone(GroupCodes pack, boolean[] truth, double[] scores) {
        List<List<RocCurve>> curves = new ArrayList<>();
        for (Grouping g : pack.groupings()) {
            List<RocCurve> ofGrouping = new ArrayList<>();
            for (int[] rows : rowsOf(g)) {
                ofGrouping.add(RocCurve.of(truth, scores, rows));
            }
            curves.add(ofGrouping);
        }
        return curves;
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

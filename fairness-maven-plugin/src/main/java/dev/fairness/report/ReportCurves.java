package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.Parallel;
import dev.fairness.metrics.SortedGroups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every label's ROC and reliability curves of every group of every grouping, read off what the engine kept of
 * each label ({@link SortedGroups}): the reliability curves are the ECE's bins the metrics' pass counted, and the
 * ROC curves come from one walk per grouping over the rows in the engine's score order, reading each row's groups
 * as the metrics' pass packed them. The walks are the report's only work that grows with the test set.
 * {@link #prepare} computes every label's curves on every core before the sections are rendered; a section asks by
 * label and grouping (label sections ask from several threads).
 */
final class ReportCurves {
    private final EvaluationResult result;
    private final Map<String, LabelCurves> byLabel = new ConcurrentHashMap<>();

    /** One label's curves by grouping, each list in the grouping's group order. */
    private record LabelCurves(Map<String, List<RocCurve>> roc, Map<String, List<ReliabilityCurve>> reliability) {
    }

    ReportCurves(EvaluationResult result) {
        this.result = result;
    }

    /** Computes every label's curves, a label per task, on every core. */
    void prepare() {
        List<LabelResult> labels = result.labels();
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
        return byLabel.computeIfAbsent(label.label(), name -> curves(label.scoreOrder()));
    }

    private static LabelCurves curves(SortedGroups order) {
        Map<String, List<RocCurve>> roc = new LinkedHashMap<>();
        Map<String, List<ReliabilityCurve>> reliability = new LinkedHashMap<>();
        List<String> names = order.groupingNames();
        for (int k = 0; k < names.size(); k++) {
            reliability.put(names.get(k), ReliabilityCurve.ofGrouping(order, k));
            roc.put(names.get(k), RocCurves.of(order, k));
        }
        return new LabelCurves(roc, reliability);
    }
}

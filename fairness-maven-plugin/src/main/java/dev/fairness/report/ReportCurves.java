package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.Parallel;
import dev.fairness.metrics.SortedGroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every label's ROC and reliability curves of every group of every grouping, read off what the engine kept of
 * each label ({@link SortedGroups}): the reliability curves are the ECE's bins the metrics' pass counted, and the
 * ROC curves come from one walk per label and grouping over the rows in the engine's score order, reading each
 * row's groups as the metrics' pass packed them. The walks are the report's only work that grows with the test
 * set: {@link #prepare} runs them all, a label and grouping per task, on every core (3 labels and 4 groupings are 12
 * tasks of about equal size, where a task per label left a core idle for the third), before the sections are
 * rendered; a section asks by label and grouping (label sections ask from several threads).
 */
final class ReportCurves {
    private final EvaluationResult result;
    /** Keyed by [label, grouping]: a list, since a record's generated hashCode links a bootstrap method cold. */
    private final Map<List<String>, Curves> byLabelAndGrouping = new ConcurrentHashMap<>();

    /** One grouping's curves of one label, each list in the grouping's group order. */
    private record Curves(List<RocCurve> roc, List<ReliabilityCurve> reliability) {
    }

    ReportCurves(EvaluationResult result) {
        this.result = result;
    }

    /** Computes every label's curves of every grouping, a label and grouping per task, on every core. */
    void prepare() {
        List<LabelResult> labels = new ArrayList<>();
        List<String> groupings = new ArrayList<>();
        for (LabelResult label : result.labels()) {
            for (String grouping : label.scoreOrder().groupingNames()) {
                labels.add(label);
                groupings.add(grouping);
            }
        }
        Parallel.map(labels.size(), Parallel.defaultThreads(), t -> of(labels.get(t), groupings.get(t)));
    }

    /** The ROC curve of every group of the grouping, in the grouping's group order (null: no curve). */
    List<RocCurve> roc(LabelResult label, String grouping) {
        return of(label, grouping).roc();
    }

    /** The reliability curve of every group of the grouping, in the grouping's group order. */
    List<ReliabilityCurve> reliability(LabelResult label, String grouping) {
        return of(label, grouping).reliability();
    }

    private Curves of(LabelResult label, String grouping) {
        return byLabelAndGrouping.computeIfAbsent(List.of(label.label(), grouping), key -> {
            SortedGroups order = label.scoreOrder();
            int k = order.grouping(grouping);
            return new Curves(RocCurves.of(order, k), ReliabilityCurve.ofGrouping(order, k));
        });
    }
}

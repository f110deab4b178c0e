package dev.fairness.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a build that evaluates several models or a candidate against a baseline: every model's own
 * evaluation (the baseline first when there is one), the comparison view per label and the change rules' results.
 * {@code baselineFiles} is the baseline's files, or null without a baseline. The build passes when no model violates a rule that applies to it and no change rule is violated.
 */
public record ComparisonResult(List<ModelRun> runs, Baseline baselineFiles, List<LabelComparison> labels,
                               List<ChangeResult> changes) {

    public ComparisonResult {
        runs = List.copyOf(runs);
        labels = List.copyOf(labels);
        changes = List.copyOf(changes);
    }

    public boolean hasBaseline() {
        return baselineFiles != null;
    }

    /** The models under evaluation: every run but the baseline. */
    public List<ModelRun> candidates() {
        return hasBaseline() ? runs.subList(1, runs.size()) : runs;
    }

    /** The baseline's run, or null. */
    public ModelRun baseline() {
        return hasBaseline() ? runs.get(0) : null;
    }

    public boolean passed() {
        return violatedChanges().isEmpty() && candidates().stream().allMatch(r -> r.result().verdict().passed());
    }

    public List<ChangeResult> violatedChanges() {
        List<ChangeResult> violated = new ArrayList<>();
        for (ChangeResult c : changes) {
            if (c.isViolated()) {
                violated.add(c);
            }
        }
        return violated;
    }
}

package dev.fairness.report.ci;

import dev.fairness.compare.ChangeResult;
import dev.fairness.compare.ChangeScope;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The change rules' families of metrics.txt: per change case the baseline's value ({@code fairness_change_baseline}),
 * the new value ({@code fairness_change_value}), the paired change candidate − baseline ({@code fairness_change})
 * with its interval's bounds ({@code fairness_change_lower}, {@code fairness_change_upper}), the allowed change
 * ({@code fairness_change_allowed}) and the status as a state set ({@code fairness_change_status}). For a per-group
 * rule the values are those of the group that decided it; the group is not a label, so that a series keeps its
 * labels from one build to the next (summary.md and TEST-fairness.xml name the group). An undefined value has no
 * sample, never 0.
 */
final class ChangeMetrics {
    private ChangeMetrics() {
    }

    static void add(StringBuilder out, List<ChangeCase> changes) {
        values(out, changes, "fairness_change_baseline", "The baseline's value of what a change rule compares.",
                ChangeResult::baselineValue);
        values(out, changes, "fairness_change_value", "The new value (the candidate's) of what a change rule compares.",
                ChangeResult::candidateValue);
        values(out, changes, "fairness_change", "The paired change, candidate minus baseline, that a change rule judges.",
                ChangeResult::change);
        values(out, changes, "fairness_change_lower", "The lower bound of the paired change's confidence interval.",
                r -> bound(r, true));
        values(out, changes, "fairness_change_upper", "The upper bound of the paired change's confidence interval.",
                r -> bound(r, false));
        OpenMetricsText.family(out, "fairness_change_allowed", "gauge",
                "A change rule's allowed change (an increase or a decrease, as the label direction says).");
        for (ChangeCase c : changes) {
            out.append("fairness_change_allowed").append(OpenMetricsText.labels(labels(c))).append(' ')
                    .append(CiNumbers.limit(c.rule().limit())).append('\n');
        }
        OpenMetricsText.family(out, "fairness_change_status", "stateset",
                "Whether a change rule was met, violated or undetermined.");
        for (ChangeCase c : changes) {
            for (RuleStatus status : RuleStatus.values()) {
                List<String> labels = new ArrayList<>(List.of(labels(c)));
                labels.add("fairness_change_status");
                labels.add(status.id());
                out.append("fairness_change_status").append(OpenMetricsText.labels(labels.toArray(String[]::new)))
                        .append(' ').append(c.status() == status ? 1 : 0).append('\n');
            }
        }
    }

    private static void values(StringBuilder out, List<ChangeCase> changes, String name, String help,
                               Function<ChangeResult, Double> value) {
        OpenMetricsText.family(out, name, "gauge", help);
        for (ChangeCase c : changes) {
            double v = value.apply(c.result());
            if (!Double.isNaN(v)) {
                out.append(name).append(OpenMetricsText.labels(labels(c))).append(' ').append(CiNumbers.value(v))
                        .append('\n');
            }
        }
    }

    private static double bound(ChangeResult r, boolean lower) {
        Interval ci = r.interval();
        if (ci == null || !ci.isDefined() || Double.isNaN(r.change())) {
            return Double.NaN;
        }
        return lower ? ci.lower() : ci.upper();
    }

    /**
     * The labels that tell one change case from another: model, change, label, attribute, measure, what it compares,
     * the gap method and reference (for a gap), the direction and gateOn. Absent parts are left out, never "".
     */
    static String[] labels(ChangeCase c) {
        ChangeResult r = c.result();
        List<String> labels = new ArrayList<>(List.of("model", r.model(), "change", Integer.toString(c.number()),
                "label", r.label()));
        if (r.rule().grouping() != null) {
            labels.addAll(List.of("attribute", r.rule().grouping()));
        }
        labels.addAll(List.of("measure", r.rule().measure().id(), "compares", c.compares()));
        if (c.rule().scope() == ChangeScope.GAP) {
            labels.addAll(List.of("gap", r.rule().gap().id()));
            if (r.rule().reference() != null) {
                labels.addAll(List.of("reference", r.rule().reference()));
            }
        }
        labels.addAll(List.of("direction", c.direction(), "gate_on", r.rule().gateOn().id()));
        return labels.toArray(String[]::new);
    }
}

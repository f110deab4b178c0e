package dev.fairness.report.ci;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code metrics.txt}: the evaluation in the OpenMetrics text format, which GitLab's metrics report reads and
 * compares with the target branch's in a merge request. Families: every metric of every group and of all samples
 * ({@code fairness_group_metric}, {@code fairness_overall_metric}), each rule's gap with its interval bounds and
 * limit ({@code fairness_rule_gap}, {@code ..._lower}, {@code ..._upper}, {@code fairness_rule_limit}), each rule's
 * status as a state set ({@code fairness_rule_status}), with a baseline each change rule's paired change
 * ({@code fairness_change_*}, {@link ChangeMetrics}), and the verdict ({@code fairness_verdict_passed}). An
 * undefined value has no sample (never 0); values have three decimals, as in the log. Ends with {@code # EOF}.
 */
public final class OpenMetricsText {
    public static final String NAME = "metrics.txt";

    private OpenMetricsText() {
    }

    static String render(EvaluationResult result, List<RuleCase> cases) {
        return render(result, cases, List.of());
    }

    /** As {@link #render(EvaluationResult, List)}, with a build's change cases ({@link ChangeMetrics}) after the rules. */
    static String render(EvaluationResult result, List<RuleCase> cases, List<ChangeCase> changes) {
        return render(result, RuleCase.modelName(result), cases, changes);
    }

    /** As above, naming the evaluated model {@code model}, as its rule cases name it. */
    static String render(EvaluationResult result, String model, List<RuleCase> cases, List<ChangeCase> changes) {
        StringBuilder out = new StringBuilder();
        family(out, "fairness_group_metric", "gauge", "A metric of one group of a grouping for one label, at the label's operating threshold.");
        for (LabelResult label : result.labels()) {
            for (String grouping : label.metrics().byGrouping().keySet()) {
                for (GroupMetrics g : label.metrics().groups(grouping)) {
                    for (Metric m : Metric.values()) {
                        sample(out, "fairness_group_metric", m, g.get(m), "model", model, "label", label.label(),
                                "grouping", grouping, "group", g.group(), "metric", m.id());
                    }
                }
            }
        }
        family(out, "fairness_overall_metric", "gauge", "A metric over all samples for one label, at the label's operating threshold.");
        for (LabelResult label : result.labels()) {
            for (Metric m : Metric.values()) {
                sample(out, "fairness_overall_metric", m, label.metrics().overall().get(m), "model", model,
                        "label", label.label(), "metric", m.id());
            }
        }
        rules(out, cases);
        if (!changes.isEmpty()) {
            ChangeMetrics.add(out, changes);
        }
        // the build's verdict: every model's rules and every change rule (a regression fails it as a rule does)
        boolean passed = cases.stream().noneMatch(c -> c.status() == RuleStatus.VIOLATED)
                && changes.stream().noneMatch(c -> c.status() == RuleStatus.VIOLATED) && result.verdict().passed();
        family(out, "fairness_verdict_passed", "gauge", "1 when no rule is violated (the gate passes), else 0.");
        out.append("fairness_verdict_passed").append(labels("model", model)).append(' ')
                .append(passed ? 1 : 0).append('\n');
        return out.append("# EOF\n").toString();
    }

    private static void rules(StringBuilder out, List<RuleCase> cases) {
        family(out, "fairness_rule_gap", "gauge", "The gap a rule compares with its limit.");
        for (RuleCase c : cases) {
            sample(out, "fairness_rule_gap", null, c.result().gap().value(), ruleLabels(c));
        }
        family(out, "fairness_rule_gap_lower", "gauge", "The lower bound of the gap's confidence interval.");
        for (RuleCase c : cases) {
            Interval ci = c.result().interval();
            if (ci != null && ci.isDefined()) {
                sample(out, "fairness_rule_gap_lower", null, MetricValue.of(ci.lower()), ruleLabels(c));
            }
        }
        family(out, "fairness_rule_gap_upper", "gauge", "The upper bound of the gap's confidence interval.");
        for (RuleCase c : cases) {
            Interval ci = c.result().interval();
            if (ci != null && ci.isDefined()) {
                sample(out, "fairness_rule_gap_upper", null, MetricValue.of(ci.upper()), ruleLabels(c));
            }
        }
        family(out, "fairness_rule_limit", "gauge", "A rule's limit (a maximum or a minimum, as the label bound says).");
        for (RuleCase c : cases) {
            out.append("fairness_rule_limit").append(labels(ruleLabels(c))).append(' ')
                    .append(CiNumbers.limit(c.rule().limit())).append('\n');
        }
        family(out, "fairness_rule_status", "stateset", "Whether a rule was met, violated or undetermined.");
        for (RuleCase c : cases) {
            for (RuleStatus status : RuleStatus.values()) {
                List<String> labels = new ArrayList<>(List.of(ruleLabels(c)));
                labels.add("fairness_rule_status");
                labels.add(status.id());
                out.append("fairness_rule_status").append(labels(labels.toArray(String[]::new))).append(' ')
                        .append(c.status() == status ? 1 : 0).append('\n');
            }
        }
    }

    /** The labels that tell one rule from another: model, label, attribute, measure, gap, bound, limit, gateOn. */
    private static String[] ruleLabels(RuleCase c) {
        RuleResult r = c.result();
        return new String[]{"model", c.model(), "rule", Integer.toString(c.number()), "label", r.label(),
                "attribute", r.rule().grouping(), "measure", r.rule().measure().id(), "gap", r.rule().gap().id(),
                "bound", r.rule().isMaximum() ? "maximum" : "minimum", "gate_on", r.rule().gateOn().id()};
    }

    static void family(StringBuilder out, String name, String type, String help) {
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        out.append("# HELP ").append(name).append(' ').append(escape(help)).append('\n');
    }

    /** One sample; none when the value is undefined. {@code metric} (null for a gap) makes counts integers. */
    private static void sample(StringBuilder out, String name, Metric metric, MetricValue value, String... labels) {
        if (!value.isDefined()) {
            return;
        }
        String number = metric != null && metric.isCount() ? CiNumbers.count(value.value()) : CiNumbers.value(value.value());
        out.append(name).append(labels(labels)).append(' ').append(number).append('\n');
    }

    /** {@code {model="m.onnx",label="Effusion"}} from name, value, name, value, ... */
    static String labels(String... pairs) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : ",").append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
        }
        return out.append('}').toString();
    }

    /**
     * A label value or help text as the OpenMetrics text format escapes it: backslash, double quote and line feed as
     * {@code \\}, {@code \"} and {@code \n}; an unpaired surrogate, which UTF-8 cannot carry, as U+FFFD.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '"') {
                out.append("\\\"");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

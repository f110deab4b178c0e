package dev.fairness.gate;

import dev.fairness.InputException;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.Gaps;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.GroupValue;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates rules against the metrics of every label. A group takes part in a rule's gap only when it has at
 * least the minimum size and every metric the rule needs is defined for it; the others are listed with the
 * reason and handled by the rule's {@link MissingPolicy}.
 */
public final class Gate {
    private final int minGroupSize;

    public Gate(int minGroupSize) {
        this.minGroupSize = minGroupSize;
    }

    /**
     * @param rules   the configured rules
     * @param metrics the metrics of every label by label name, in label order
     */
    public Verdict evaluate(List<Rule> rules, Map<String, LabelMetrics> metrics) {
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.label() != null && !metrics.containsKey(rule.label())) {
                throw new InputException("The " + rule.measure().id() + " rule names label '" + rule.label()
                        + "', which is not a label of this test set. Labels: " + metrics.keySet() + ".");
            }
            for (Map.Entry<String, LabelMetrics> label : metrics.entrySet()) {
                if (rule.label() == null || rule.label().equals(label.getKey())) {
                    results.add(evaluate(rule, label.getKey(), label.getValue()));
                }
            }
        }
        return new Verdict(results);
    }

    RuleResult evaluate(Rule rule, String label, LabelMetrics metrics) {
        List<GroupMetrics> groups = metrics.groups(rule.grouping());
        checkReference(rule, groups);
        List<GroupMetrics> eligible = new ArrayList<>();
        List<ExcludedGroup> excluded = new ArrayList<>();
        for (GroupMetrics group : groups) {
            String reason = exclusionReason(rule, group);
            if (reason == null) {
                eligible.add(group);
            } else {
                excluded.add(new ExcludedGroup(group.group(), group.n(), reason));
            }
        }
        Gap gap = referenceExcluded(rule, excluded);
        if (gap == null) {
            gap = gap(rule, eligible, metrics.overall());
        }
        List<String> warnings = new ArrayList<>();
        RuleStatus status;
        String where = "label '" + label + "', attribute '" + rule.grouping() + "'";
        if (!gap.value().isDefined()) {
            status = rule.onMissing() == MissingPolicy.FAIL ? RuleStatus.VIOLATED : RuleStatus.UNDETERMINED;
            if (rule.onMissing() == MissingPolicy.WARN) {
                warnings.add("Rule could not be evaluated for " + where + ": " + rule.measureName()
                        + " is undefined (" + gap.value().undefinedReason() + ").");
            }
        } else {
            status = withinLimit(rule, gap.value().value()) ? RuleStatus.PASSED : RuleStatus.VIOLATED;
            if (!excluded.isEmpty() && rule.onMissing() == MissingPolicy.FAIL) {
                status = RuleStatus.VIOLATED;
            }
        }
        if (rule.onMissing() == MissingPolicy.WARN) {
            for (ExcludedGroup e : excluded) {
                warnings.add("Group '" + e.group() + "' left out of the " + rule.measureName() + " rule for " + where
                        + ": " + e.reason() + ".");
            }
        }
        return new RuleResult(rule, label, gap, status, excluded, warnings);
    }

    private String exclusionReason(Rule rule, GroupMetrics group) {
        if (group.n() < minGroupSize) {
            return "n = " + group.n() + " is below the minimum group size " + minGroupSize;
        }
        for (Metric m : rule.measure().components()) {
            MetricValue v = group.get(m);
            if (!v.isDefined()) {
                return m.displayName() + " is undefined (" + v.undefinedReason() + ")";
            }
        }
        return null;
    }

    private static Gap gap(Rule rule, List<GroupMetrics> eligible, GroupMetrics overall) {
        if (rule.measure().isCompound()) {
            return rule.measure().compound().gap(rule.gap(), eligible, overall, rule.reference());
        }
        Metric metric = rule.measure().metric();
        List<GroupValue> values = new ArrayList<>(eligible.size());
        for (GroupMetrics g : eligible) {
            values.add(new GroupValue(g.group(), g.get(metric)));
        }
        return Gaps.compute(metric, rule.gap(), values, overall.get(metric), rule.reference());
    }

    /** A reference group left out of the rule leaves nothing to compare against: the gap is undefined. */
    private static Gap referenceExcluded(Rule rule, List<ExcludedGroup> excluded) {
        for (ExcludedGroup e : excluded) {
            if (e.group().equals(rule.reference())) {
                Metric metric = rule.measure().components().get(0);
                return new Gap(metric, rule.gap(), MetricValue.undefined("reference group '" + e.group()
                        + "' is left out: " + e.reason()), null, Double.NaN, null, Double.NaN);
            }
        }
        return null;
    }

    /** An unknown reference group is a configuration error; a known but excluded one makes the gap undefined. */
    private static void checkReference(Rule rule, List<GroupMetrics> groups) {
        if (rule.reference() == null) {
            return;
        }
        List<String> names = groups.stream().map(GroupMetrics::group).toList();
        if (!names.contains(rule.reference())) {
            throw new InputException("The " + rule.measure().id() + " rule on '" + rule.grouping()
                    + "' names reference group '" + rule.reference() + "', which does not exist. Groups: " + names + ".");
        }
    }

    static boolean withinLimit(Rule rule, double value) {
        return rule.isMaximum() ? value <= rule.maximum() : value >= rule.minimum();
    }
}

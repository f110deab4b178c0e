package dev.fairness.gate;

import dev.fairness.InputException;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.Gaps;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.GroupValue;
import dev.fairness.metrics.Interval;
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
 *
 * <p>With bootstrap replicates, every rule's gap gets its interval over the same groups by the same method,
 * derived from simultaneous intervals of every comparison the gap is made of, and a rule decides on the point
 * value or on the interval ({@link GateOn}): {@code significant} fails only when even the interval's nearest bound
 * is beyond the limit, which happens with no comparison truly beyond it at most {@code 1 - level} of the time over
 * all of the rule's comparisons together (family-wise); {@code certain} passes only when the farthest bound is
 * within it. An
 * interval-gated rule treats replicates where the gap is undefined as missing evidence (its policy decides), and
 * an interval that is undefined altogether like an undefined gap.
 */
public final class Gate {
    private final int minGroupSize;
    private final int minClassCount;
    private final CalibrationTests calibration;

    /** A gate without a minimum class count, as before it existed. */
    public Gate(int minGroupSize) {
        this(minGroupSize, 0);
    }

    /**
     * @param minClassCount groups with fewer cases of the class a metric rests on are left out of rules on it
     *                      ({@link ClassCounts}); 0 requires nothing
     */
    public Gate(int minGroupSize, int minClassCount) {
        this(minGroupSize, minClassCount, null);
    }

    /**
     * @param calibration each group's calibration test, for {@code ece} rules decided by it ({@link CalibrationGate});
     *                    null when there are none
     */
    public Gate(int minGroupSize, int minClassCount, CalibrationTests calibration) {
        this.minGroupSize = minGroupSize;
        this.minClassCount = minClassCount;
        this.calibration = calibration;
    }

    /**
     * @param rules   the configured rules
     * @param metrics the metrics of every label by label name, in label order
     */
    public Verdict evaluate(List<Rule> rules, Map<String, LabelMetrics> metrics) {
        return evaluate(rules, metrics, Map.of());
    }

    /**
     * @param rules       the configured rules
     * @param metrics     the metrics of every label by label name, in label order
     * @param replicates  the bootstrap replicates of every label, or an empty map when intervals are off
     * @throws InputException when a rule gates on the interval but there are no replicates
     */
    public Verdict evaluate(List<Rule> rules, Map<String, LabelMetrics> metrics,
                            Map<String, BootstrapReplicates> replicates) {
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.label() != null && !metrics.containsKey(rule.label())) {
                throw new InputException("The " + rule.measure().id() + " rule names label '" + rule.label()
                        + "', which is not a label of this test set. Labels: " + metrics.keySet() + ".");
            }
            CalibrationGate.check(rule);
            if (rule.gateOn().usesInterval() && replicates.isEmpty() && !CalibrationGate.applies(rule)) {
                throw intervalsOff(rule);
            }
            for (Map.Entry<String, LabelMetrics> label : metrics.entrySet()) {
                if (rule.label() == null || rule.label().equals(label.getKey())) {
                    results.add(evaluate(rule, label.getKey(), label.getValue(), replicates.get(label.getKey())));
                }
            }
        }
        return new Verdict(results);
    }

    /** The error for a rule that gates on an interval while the bootstrap is off. */
    public static InputException intervalsOff(Rule rule) {
        return new InputException("The " + rule.describe() + " rule gates on <gateOn>" + rule.gateOn().id()
                + "</gateOn>, which needs confidence intervals, but the bootstrap is off (<bootstrap>0</bootstrap>). "
                + "Set <bootstrap> to the number of replicates, e.g. 1000, or gate on the point value.");
    }

    RuleResult evaluate(Rule rule, String label, LabelMetrics metrics) {
        return evaluate(rule, label, metrics, null);
    }

    RuleResult evaluate(Rule rule, String label, LabelMetrics metrics, BootstrapReplicates replicates) {
        boolean calibrationRule = CalibrationGate.applies(rule);
        if (rule.gateOn().usesInterval() && replicates == null && !calibrationRule) {
            throw intervalsOff(rule);
        }
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
        // a calibration rule is decided by the calibration test: the ECE's interval would mislead (CalibrationGate)
        GapInterval comparisons = replicates == null || !gap.value().isDefined() || calibrationRule ? null
                : interval(rule, replicates, eligible);
        Interval interval = comparisons == null ? null : comparisons.interval();
        CalibrationFinding calibrationFinding = calibrationRule && gap.value().isDefined()
                ? CalibrationGate.test(calibration, rule, label, eligible) : null;
        List<String> warnings = new ArrayList<>();
        RuleStatus status;
        String where = "label '" + label + "', attribute '" + rule.grouping() + "'";
        if (!gap.value().isDefined()) {
            status = rule.onMissing() == MissingPolicy.FAIL ? RuleStatus.VIOLATED : RuleStatus.UNDETERMINED;
            if (rule.onMissing() == MissingPolicy.WARN) {
                warnings.add("Rule could not be evaluated for " + where + ": " + rule.measureName()
                        + " is undefined (" + gap.value().undefinedReason() + ").");
            }
        } else if (calibrationFinding != null) {
            status = calibrationFinding.exceeding(rule.limit()).isEmpty() ? RuleStatus.PASSED : RuleStatus.VIOLATED;
            if (!excluded.isEmpty() && rule.onMissing() == MissingPolicy.FAIL) {
                status = RuleStatus.VIOLATED;
            }
        } else if (rule.gateOn().usesInterval() && !interval.isDefined()) {
            status = rule.onMissing() == MissingPolicy.FAIL ? RuleStatus.VIOLATED : RuleStatus.UNDETERMINED;
            if (rule.onMissing() == MissingPolicy.WARN) {
                warnings.add("Rule could not be evaluated for " + where + ": the " + interval.levelText() + " CI of the "
                        + rule.measureName() + " is undefined (" + RuleMessages.undefinedIn(interval) + ").");
            }
        } else {
            status = passes(rule, gap.value().value(), interval) ? RuleStatus.PASSED : RuleStatus.VIOLATED;
            boolean partial = rule.gateOn().usesInterval() && !interval.isComplete();
            if ((!excluded.isEmpty() || partial) && rule.onMissing() == MissingPolicy.FAIL) {
                status = RuleStatus.VIOLATED;
            }
            if (partial && rule.onMissing() == MissingPolicy.WARN) {
                warnings.add("The " + interval.levelText() + " CI of the " + rule.measureName() + " rule for " + where
                        + " rests on " + interval.definedReplicates() + " of " + interval.replicates()
                        + " replicates: the gap is undefined in " + interval.undefinedReplicates() + " ("
                        + interval.undefinedReason() + ").");
            }
        }
        if (rule.onMissing() == MissingPolicy.WARN) {
            for (ExcludedGroup e : excluded) {
                warnings.add("Group '" + e.group() + "' left out of the " + rule.measureName() + " rule for " + where
                        + ": " + e.reason() + ".");
            }
        }
        Inconclusive inconclusive = gap.value().isDefined()
                ? Inconclusive.of(rule, gap.value().value(), interval, smallestGroup(eligible)) : null;
        return new RuleResult(rule, label, gap, interval, status, excluded, warnings, comparisons, inconclusive,
                calibrationFinding);
    }

    private static long smallestGroup(List<GroupMetrics> eligible) {
        return eligible.stream().mapToLong(GroupMetrics::n).min().orElse(0);
    }

    /**
     * The gap's interval over the groups the rule kept, derived from the simultaneous intervals of all the rule's
     * comparisons: an interval gate then errs on any of them with at most the level's error rate (family-wise).
     */
    private static GapInterval interval(Rule rule, BootstrapReplicates replicates, List<GroupMetrics> eligible) {
        List<String> groups = eligible.stream().map(GroupMetrics::group).toList();
        return rule.measure().isCompound()
                ? replicates.gapInterval(rule.measure().compound(), rule.gap(), rule.grouping(), groups, rule.reference())
                : replicates.gapInterval(rule.measure().metric(), rule.gap(), rule.grouping(), groups, rule.reference());
    }

    /**
     * Whether the evidence meets the rule, ignoring missing evidence: the point value for {@link GateOn#POINT};
     * for {@link GateOn#SIGNIFICANT} the bound nearest the limit (fail only if even it lies beyond); for
     * {@link GateOn#CERTAIN} the bound farthest from it (pass only if even it lies within).
     *
     * @param interval a defined interval, or null for point rules without one
     */
    static boolean passes(Rule rule, double value, Interval interval) {
        return switch (rule.gateOn()) {
            case POINT -> withinLimit(rule, value);
            case SIGNIFICANT -> withinLimit(rule, rule.isMaximum() ? interval.lower() : interval.upper());
            case CERTAIN -> withinLimit(rule, rule.isMaximum() ? interval.upper() : interval.lower());
        };
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
        int minimum = rule.minClassCount() != null ? rule.minClassCount() : minClassCount;
        for (Metric m : rule.measure().components()) {
            ClassCounts.Count few = ClassCounts.shortfall(m, group, minimum);
            if (few != null) {
                return ClassCounts.reason(m, few, minimum);
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

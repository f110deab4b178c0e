package dev.fairness.gate;

import dev.fairness.InputException;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.LabelMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates rules against the metrics of every label: the one place where a rule is measured and decided. A
 * group takes part in a rule's gap only when it has at least the minimum size, every metric the rule needs is
 * defined for it and it has the cases of the class each metric rests on ({@link GapMeasurer}); the others are
 * listed with the reason and handled by the rule's {@link MissingPolicy}. Each {@link RuleResult} carries the
 * {@link Decision} behind its status, which the log, fairness.json and the reports show instead of deciding again.
 *
 * <p>With bootstrap replicates, every rule's gap gets its interval over the same groups by the same method,
 * derived from simultaneous intervals of every comparison the gap is made of, and a rule decides on the point
 * value or on the interval ({@link GateOn}): {@code significant} fails only when even the interval's nearest bound
 * is beyond the limit, which happens with no comparison truly beyond it at most {@code 1 - level} of the time over
 * all of the rule's comparisons together (family-wise); {@code certain} passes only when the farthest bound is
 * within it. An interval-gated rule treats replicates where the gap is undefined as missing evidence (its policy decides), and
 * an interval that is undefined altogether like an undefined gap.
 */
public final class Gate {
    private final int minClassCount;
    private final GapMeasurer measurer;
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
        this.minClassCount = minClassCount;
        this.measurer = new GapMeasurer(minGroupSize, minClassCount);
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

    /**
     * The difference gap of one measure over one grouping, with its interval, over the groups a rule with the
     * gate's minimum class count would keep: what the reports show for every metric, ruled or not.
     *
     * @param replicates the label's replicates, or null for no interval
     */
    public Measurement difference(Measure measure, String grouping, LabelMetrics metrics,
                                  BootstrapReplicates replicates) {
        return measurer.measure(measure, grouping, GapMethod.DIFFERENCE, null, minClassCount, metrics, replicates);
    }

    RuleResult evaluate(Rule rule, String label, LabelMetrics metrics, BootstrapReplicates replicates) {
        boolean calibrationRule = CalibrationGate.applies(rule);
        if (rule.gateOn().usesInterval() && replicates == null && !calibrationRule) {
            throw intervalsOff(rule);
        }
        // a calibration rule is decided by the calibration test: the ECE's interval would mislead (CalibrationGate)
        Measurement measured = measurer.measure(rule.measure(), rule.grouping(), rule.gap(), rule.reference(),
                measurer.minClassCount(rule), metrics, calibrationRule ? null : replicates);
        Gap gap = measured.gap();
        Interval interval = measured.interval();
        CalibrationFinding calibrationFinding = calibrationRule && gap.value().isDefined()
                ? CalibrationGate.test(calibration, rule, label, measured.kept()) : null;
        Decision decision = decide(rule, measured, calibrationFinding);
        RuleStatus status = status(rule, decision);
        List<String> warnings = warnings(rule, label, measured, decision, calibrationFinding != null);
        Inconclusive inconclusive = gap.value().isDefined()
                ? Inconclusive.of(rule, gap.value().value(), interval, measured.smallestGroup()) : null;
        return new RuleResult(rule, label, gap, interval, status, measured.excluded(), warnings, measured.comparisons(),
                inconclusive, calibrationFinding, decision);
    }

    /** The warning lines of a rule under {@code onMissing=warn}: what it could not measure, and every group left out. */
    private static List<String> warnings(Rule rule, String label, Measurement measured, Decision decision,
                                         boolean calibrationTest) {
        List<String> warnings = new ArrayList<>();
        Gap gap = measured.gap();
        Interval interval = measured.interval();
        String where = "label '" + label + "', attribute '" + rule.grouping() + "'";
        if (rule.onMissing() == MissingPolicy.WARN) {
            if (!gap.value().isDefined()) {
                warnings.add("Rule could not be evaluated for " + where + ": " + rule.measureName()
                        + " is undefined (" + gap.value().undefinedReason() + ").");
            } else if (decision.reason() == Decision.Reason.UNDEFINED) {
                warnings.add("Rule could not be evaluated for " + where + ": the " + interval.levelText() + " CI of the "
                        + rule.measureName() + " is undefined (" + RuleMessages.undefinedIn(interval) + ").");
            } else if (!calibrationTest && rule.gateOn().usesInterval() && !interval.isComplete()) {
                warnings.add("The " + interval.levelText() + " CI of the " + rule.measureName() + " rule for " + where
                        + " rests on " + interval.definedReplicates() + " of " + interval.replicates()
                        + " replicates: the gap is undefined in " + interval.undefinedReplicates() + " ("
                        + interval.undefinedReason() + ").");
            }
            for (ExcludedGroup e : measured.excluded()) {
                warnings.add("Group '" + e.group() + "' left out of the " + rule.measureName() + " rule for " + where
                        + ": " + e.reason() + ".");
            }
        }
        return warnings;
    }

    /**
     * What settles the rule: an undefined gap or interval; else the evidence of its {@link GateOn} mode (or the
     * calibration test) against the limit; else, with the evidence within the limit, missing evidence under
     * {@code onMissing=fail}.
     */
    private static Decision decide(Rule rule, Measurement measured, CalibrationFinding calibrationFinding) {
        Gap gap = measured.gap();
        Interval interval = measured.interval();
        if (!gap.value().isDefined()) {
            return new Decision(Decision.Reason.UNDEFINED, Double.NaN);
        }
        double value = gap.value().value();
        boolean fail = rule.onMissing() == MissingPolicy.FAIL;
        if (calibrationFinding != null) {
            if (!calibrationFinding.exceeding(rule.limit()).isEmpty()) {
                return new Decision(Decision.Reason.BEYOND_LIMIT, Double.NaN);
            }
            return new Decision(!measured.excluded().isEmpty() && fail ? Decision.Reason.GROUPS_LEFT_OUT
                    : Decision.Reason.WITHIN_LIMIT, Double.NaN);
        }
        if (rule.gateOn().usesInterval() && !interval.isDefined()) {
            return new Decision(Decision.Reason.UNDEFINED, Double.NaN);
        }
        double evidence = evidence(rule, value, interval);
        if (!withinLimit(rule, evidence)) {
            return new Decision(Decision.Reason.BEYOND_LIMIT, evidence);
        }
        if (!measured.excluded().isEmpty() && fail) {
            return new Decision(Decision.Reason.GROUPS_LEFT_OUT, evidence);
        }
        if (rule.gateOn().usesInterval() && !interval.isComplete() && fail) {
            return new Decision(Decision.Reason.UNDEFINED_IN_REPLICATES, evidence);
        }
        return new Decision(Decision.Reason.WITHIN_LIMIT, evidence);
    }

    private static RuleStatus status(Rule rule, Decision decision) {
        return switch (decision.reason()) {
            case WITHIN_LIMIT -> RuleStatus.PASSED;
            case BEYOND_LIMIT, GROUPS_LEFT_OUT, UNDEFINED_IN_REPLICATES -> RuleStatus.VIOLATED;
            case UNDEFINED -> rule.onMissing() == MissingPolicy.FAIL ? RuleStatus.VIOLATED : RuleStatus.UNDETERMINED;
        };
    }

    /**
     * The number a rule's mode compares with the limit: the point value for {@link GateOn#POINT}; for
     * {@link GateOn#SIGNIFICANT} the bound nearest the limit (fail only if even it lies beyond); for
     * {@link GateOn#CERTAIN} the bound farthest from it (pass only if even it lies within).
     *
     * @param interval a defined interval, or null for point rules without one
     */
    private static double evidence(Rule rule, double value, Interval interval) {
        return switch (rule.gateOn()) {
            case POINT -> value;
            case SIGNIFICANT -> rule.isMaximum() ? interval.lower() : interval.upper();
            case CERTAIN -> rule.isMaximum() ? interval.upper() : interval.lower();
        };
    }

    private static boolean withinLimit(Rule rule, double value) {
        return rule.isMaximum() ? value <= rule.maximum() : value >= rule.minimum();
    }
}

package dev.fairness.compare;

import dev.fairness.gate.GateOn;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.Interval;

import java.util.List;

/**
 * Decides a change rule on the paired change of its value (candidate − baseline) and that change's interval, as
 * the gate decides an absolute rule on a value and its interval: {@code point} compares the change with the allowed
 * change, {@code significant} fails only when even the nearer bound is beyond it, {@code certain} passes only when
 * even the farther bound is within it. A per-group rule holds when it holds for every group; the group that
 * decided it (the one furthest beyond, or nearest to, the limit) is the one reported. A value undefined for the
 * baseline or the candidate leaves the rule undetermined: never met.
 */
final class ChangeGate {
    private ChangeGate() {
    }

    /**
     * @param quantities the rule's quantities in {@code values} (one, or one per group for a per-group rule)
     * @param groups     for a per-group rule, the group of each quantity; otherwise a list of one null
     * @param named      whether the message names the model (when several candidates are compared)
     */
    static ChangeResult judge(ChangeRule rule, String model, String label, PairedValues values, int baseline,
                              int candidate, List<Integer> quantities, List<String> groups, boolean named) {
        ChangeResult decisive = null;
        double decisiveExcess = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < quantities.size(); k++) {
            int q = quantities.get(k);
            double before = values.point(baseline, q);
            double after = values.point(candidate, q);
            Interval interval = values.differenceInterval(baseline, candidate, q);
            String group = groups.get(k);
            if (Double.isNaN(before) || Double.isNaN(after)) {
                return undetermined(rule, model, label, group, before, after, named);
            }
            double excess = excess(rule, after - before, interval);
            if (Double.isNaN(excess)) {
                return undetermined(rule, model, label, group, before, after, named);
            }
            if (decisive == null || excess > decisiveExcess) {
                RuleStatus status = excess > rule.limit() ? RuleStatus.VIOLATED : RuleStatus.PASSED;
                ChangeResult result = new ChangeResult(rule, model, label, group, before, after, interval, status, "");
                decisive = result;
                decisiveExcess = excess;
            }
        }
        return withMessage(decisive, named);
    }

    /**
     * The change in the direction the rule limits (an increase for {@code maxIncrease}, a decrease for
     * {@code maxDecrease}), as {@code gateOn} reads it: the point change, the nearer bound for {@code significant},
     * the farther bound for {@code certain}. NaN when the interval is undefined in every replicate.
     */
    static double excess(ChangeRule rule, double change, Interval interval) {
        double sign = rule.limitsIncrease() ? 1 : -1;
        if (rule.gateOn() == GateOn.POINT) {
            return sign * change;
        }
        if (interval == null || !interval.isDefined()) {
            return Double.NaN;
        }
        double lower = sign > 0 ? interval.lower() : -interval.upper();
        double upper = sign > 0 ? interval.upper() : -interval.lower();
        return rule.gateOn() == GateOn.SIGNIFICANT ? lower : upper;
    }

    private static ChangeResult withMessage(ChangeResult r, boolean named) {
        return new ChangeResult(r.rule(), r.model(), r.label(), r.group(), r.baselineValue(), r.candidateValue(),
                r.interval(), r.status(), ChangeMessages.line(r, named));
    }

    private static ChangeResult undetermined(ChangeRule rule, String model, String label, String group, double before,
                                             double after, boolean named) {
        ChangeResult r = new ChangeResult(rule, model, label, group, before, after, null, RuleStatus.UNDETERMINED, "");
        return withMessage(r, named);
    }
}

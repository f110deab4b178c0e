package dev.fairness.gate;

import dev.fairness.InputException;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * How calibration is gated. The plug-in ECE is biased upwards (about +0.10 at n = 100 for a perfectly calibrated
 * model), so an interval around it lies above the true calibration error and cannot meet its coverage: a rule that
 * would decide on that interval is refused. {@code <metric>ece</metric>} with {@code <gap>worst</gap>} and
 * {@code <gateOn>significant</gateOn>} is decided by the calibration test instead ({@link CalibrationFinding}).
 */
final class CalibrationGate {
    private CalibrationGate() {
    }

    /** True for the rules the calibration test decides. */
    static boolean applies(Rule rule) {
        return isEce(rule) && rule.gateOn() == GateOn.SIGNIFICANT && rule.gap() == GapMethod.WORST;
    }

    /**
     * Refuses interval gates on the ECE that the calibration test cannot decide.
     *
     * @throws InputException naming the rule and what to use instead
     */
    static void check(Rule rule) {
        if (applies(rule) && !rule.isMaximum()) {
            throw new InputException("The " + rule.describe() + " rule tests calibration (<gap>worst</gap>, <gateOn>"
                    + "significant</gateOn>) against a <minimum>, but a calibration error is bounded from above. Set "
                    + "<maximum>, e.g. <maximum>0.05</maximum>.");
        }
        if (!isEce(rule) || !rule.gateOn().usesInterval() || applies(rule)) {
            return;
        }
        String why = "The " + rule.describe() + " rule gates the ECE on <gateOn>" + rule.gateOn().id() + "</gateOn>";
        if (rule.gateOn() == GateOn.SIGNIFICANT) {
            why += " with <gap>" + rule.gap().id() + "</gap>";
        }
        throw new InputException(why + ", but an interval of the ECE cannot meet its coverage: the plug-in ECE is "
                + "biased upwards on small groups (about +0.10 at n = 100 for a perfectly calibrated model), so its "
                + "interval lies above the true calibration error. Use <gap>worst</gap> with <gateOn>significant"
                + "</gateOn>, which tests each group's calibration by consistency resampling, or gate on the point "
                + "value.");
    }

    /** Every kept group's calibration test. */
    static CalibrationFinding test(CalibrationTests tests, Rule rule, String label, List<GroupMetrics> eligible) {
        if (tests == null) {
            throw new IllegalStateException("the " + rule.describe() + " rule needs calibration tests");
        }
        List<CalibrationFinding.Group> groups = new ArrayList<>();
        for (GroupMetrics g : eligible) {
            groups.add(new CalibrationFinding.Group(g.group(), tests.of(label, rule.grouping(), g.group())));
        }
        return new CalibrationFinding(groups, tests.level());
    }

    private static boolean isEce(Rule rule) {
        return !rule.measure().isCompound() && rule.measure().metric() == Metric.ECE;
    }
}

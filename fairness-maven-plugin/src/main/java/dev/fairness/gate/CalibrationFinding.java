package dev.fairness.gate;

import dev.fairness.metrics.CalibrationEvidence;

import java.util.List;
import java.util.Locale;

/**
 * What the calibration test found for an {@code ece} rule with {@code <gap>worst</gap>} and
 * {@code <gateOn>significant</gateOn>}: every group's evidence and which groups exceed the limit significantly.
 * A group does when its ECE beyond what a calibrated model shows at its size (the debiased ECE) is above the
 * limit and its consistency-resampling p-value is below the per-group level. The per-group level is Šidák's,
 * 1 − level^(1/k) for k groups, so that a perfectly calibrated model fails the rule with probability at most
 * 1 − level over all its groups (exactly, for independent groups and a limit of 0).
 *
 * @param groups        the evidence of every group the rule kept, in group order, with the group's name
 * @param level         the family-wise confidence level, e.g. 0.95
 */
public record CalibrationFinding(List<Group> groups, double level) {

    /** One group's name and evidence. */
    public record Group(String name, CalibrationEvidence evidence) {
    }

    public CalibrationFinding {
        groups = List.copyOf(groups);
    }

    /** The per-group significance level: 1 − level^(1/k). */
    public double perGroupAlpha() {
        return 1 - Math.pow(level, 1.0 / Math.max(1, groups.size()));
    }

    /** Whether one group's calibration error exceeds the limit significantly. */
    public boolean exceeds(Group group, double maximum) {
        return group.evidence().debiasedEce() > maximum && group.evidence().pValue() < perGroupAlpha();
    }

    /** The groups whose calibration error exceeds the limit significantly. */
    public List<Group> exceeding(double maximum) {
        return groups.stream().filter(g -> exceeds(g, maximum)).toList();
    }

    /**
     * {@code 'F' ECE 0.112, calibrated 0.098, debiased 0.014, p = 0.210}: one group's evidence, as the log shows it.
     */
    public static String describe(Group g) {
        CalibrationEvidence e = g.evidence();
        return String.format(Locale.ROOT, "'%s' ECE %.3f, calibrated %.3f, debiased %.3f, p = %.3f", g.name(), e.ece(),
                e.calibratedEce(), e.debiasedEce(), e.pValue());
    }

    /**
     * {@code calibration test over 2 groups at family-wise 95% (each at p < 0.0253), 999 draws}: how the rule
     * decided.
     */
    public String method() {
        int draws = groups.isEmpty() ? 0 : groups.get(0).evidence().draws();
        return String.format(Locale.ROOT, "calibration test over %d group%s at family-wise %s (each at p < %.4f), %d "
                        + "draws", groups.size(), groups.size() == 1 ? "" : "s",
                dev.fairness.metrics.Interval.levelText(level), perGroupAlpha(), draws);
    }
}

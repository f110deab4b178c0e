package dev.fairness.compare;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.GapSummary;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Interval;

import java.util.Objects;

/**
 * A model's own interval of a gap in the comparison view: the interval its own evaluation derived for that gap
 * (from the signed comparisons of its groups, as the gate does), not the percentile interval of the replicates of
 * |max − min|, which is biased upward and can exclude the gap itself near 0. Only an interval of the same number is
 * shown: when the model's evaluation measured the gap over other groups (a group left out for too few cases of a
 * class), the view shows the value without an interval.
 */
final class OwnGapIntervals {
    private OwnGapIntervals() {
    }

    /** The interval of {@code gap} (whose value is {@code point}) in {@code result}, label {@code label}; or null. */
    static Interval of(EvaluationResult result, String label, PairedQuantity.GapOf gap, double point) {
        for (RuleResult r : result.verdict().results()) {
            Rule rule = r.rule();
            if (r.label().equals(label) && rule.measure().equals(gap.measure()) && rule.grouping().equals(gap.grouping())
                    && rule.gap() == gap.method() && Objects.equals(rule.reference(), gap.reference())) {
                return sameValue(r.gap(), point) ? r.interval() : null;
            }
        }
        if (gap.method() == GapMethod.DIFFERENCE) {
            for (GapSummary s : gaps(result, label)) {
                if (s.grouping().equals(gap.grouping()) && s.measure().equals(gap.measure())) {
                    return sameValue(s.gap(), point) ? s.interval() : null;
                }
            }
        }
        return null;
    }

    private static java.util.List<GapSummary> gaps(EvaluationResult result, String label) {
        for (dev.fairness.engine.LabelResult r : result.labels()) {
            if (r.label().equals(label)) {
                return r.gaps();
            }
        }
        return java.util.List.of();
    }

    private static boolean sameValue(Gap gap, double point) {
        return gap != null && gap.value().isDefined() && Math.abs(gap.value().value() - point) <= 1e-12;
    }
}

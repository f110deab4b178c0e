package dev.fairness.compare;

import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.metrics.GapMethod;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rule on how much a candidate may change against the baseline: a gap may not grow (or a ratio fall) by more than
 * a limit, no group's value may drop by more than a limit, or the overall value may not drop. Decided on the paired
 * difference (candidate − baseline on the same images) and its interval, with {@code gateOn} as for other rules.
 *
 * @param grouping    the attribute or intersection; null for {@link ChangeScope#OVERALL}
 * @param label       one label, or null for every label
 * @param gap         how the groups become one number, for {@link ChangeScope#GAP}
 * @param reference   the reference group of {@code toReference}, or null
 * @param maxIncrease the largest allowed increase, or null with {@code maxDecrease}
 * @param maxDecrease the largest allowed decrease, or null with {@code maxIncrease}
 * @param models      the candidates the rule applies to; empty: every model
 */
public record ChangeRule(Measure measure, ChangeScope scope, String grouping, String label, GapMethod gap,
                         String reference, Double maxIncrease, Double maxDecrease, GateOn gateOn, List<String> models) {

    public ChangeRule {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(scope, "scope");
        if ((maxIncrease == null) == (maxDecrease == null)) {
            throw new IllegalArgumentException("a change rule has exactly one of maxIncrease or maxDecrease");
        }
        if (scope != ChangeScope.OVERALL && grouping == null) {
            throw new IllegalArgumentException("a gap or group change rule needs a grouping");
        }
        gap = gap == null ? GapMethod.DIFFERENCE : gap;
        gateOn = gateOn == null ? GateOn.POINT : gateOn;
        models = List.copyOf(models);
    }

    public boolean limitsIncrease() {
        return maxIncrease != null;
    }

    public double limit() {
        return limitsIncrease() ? maxIncrease : maxDecrease;
    }

    public boolean appliesTo(String model) {
        return models.isEmpty() || models.contains(model);
    }

    /** {@code tpr/sex change}: how messages name the rule. */
    public String describe() {
        return measure.id() + (grouping == null ? "" : "/" + grouping.toLowerCase(Locale.ROOT)) + " change";
    }
}

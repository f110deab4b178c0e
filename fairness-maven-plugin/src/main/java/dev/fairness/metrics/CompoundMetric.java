package dev.fairness.metrics;

import dev.fairness.EnumIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Named fairness criteria that are gaps of one or more metrics (design notes, "Compound"). A compound gap
 * is the worst of its components' gaps: the maximum for difference-like methods (Fairlearn's
 * {@code equalized_odds_difference} with {@code agg='worst_case'}), the minimum for ratios. If any
 * component's gap is undefined, the compound gap is undefined too: a criterion that cannot be measured
 * completely must not pass silently.
 */
public enum CompoundMetric {
    /** TPR and FPR gaps (Hardt et al. 2016). */
    EQUALIZED_ODDS("equalizedOdds", "equalized odds", List.of(Metric.TPR, Metric.FPR)),
    /** TPR gap. */
    EQUAL_OPPORTUNITY("equalOpportunity", "equal opportunity", List.of(Metric.TPR)),
    /** Selection-rate gap. */
    DEMOGRAPHIC_PARITY("demographicParity", "demographic parity", List.of(Metric.SELECTION_RATE));

    private final String id;
    private final String displayName;
    private final List<Metric> components;

    CompoundMetric(String id, String displayName, List<Metric> components) {
        this.id = id;
        this.displayName = displayName;
        this.components = components;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The metrics whose gaps are combined, in tie-breaking order. */
    public List<Metric> components() {
        return components;
    }

    /**
     * Computes the compound gap. The returned {@link Gap#metric()} is the component that decided it (the first
     * one on ties), or the first undefined component when the gap is undefined.
     *
     * @throws IllegalArgumentException for {@link GapMethod#WORST} on a compound of several metrics (the worst
     *                                  TPR and the worst FPR are not comparable), or whenever the component's
     *                                  own gap throws (unknown reference, worst selection rate)
     */
    public Gap gap(GapMethod method, List<GroupMetrics> groups, GroupMetrics overall, String reference) {
        return gap(method, metric -> {
            List<GroupValue> values = new ArrayList<>(groups.size());
            for (GroupMetrics g : groups) {
                values.add(new GroupValue(g.group(), g.get(metric)));
            }
            return values;
        }, metric -> overall == null ? null : overall.get(metric), reference);
    }

    /**
     * Computes the compound gap from each component's group values, however they are stored (a bootstrap
     * replicate keeps them as numbers, not as {@link GroupMetrics}).
     *
     * @param groupValues the groups' values of one component metric
     * @param overall     the overall value of one component metric (may return null when not needed)
     */
    public Gap gap(GapMethod method, Function<Metric, List<GroupValue>> groupValues,
                   Function<Metric, MetricValue> overall, String reference) {
        Objects.requireNonNull(method, "method");
        if (method == GapMethod.WORST && components.size() > 1) {
            throw new IllegalArgumentException("gap method 'worst' is not defined for " + displayName
                    + ", which combines " + components.size() + " metrics");
        }
        Gap decided = null;
        for (Metric metric : components) {
            Gap gap = Gaps.compute(metric, method, groupValues.apply(metric), overall.apply(metric), reference);
            if (!gap.value().isDefined()) {
                return Gap.undefined(metric, method, metric.displayName() + " " + method.id() + " is undefined: "
                        + gap.value().undefinedReason());
            }
            if (decided == null || worse(method, gap.value().value(), decided.value().value())) {
                decided = gap;
            }
        }
        return decided;
    }

    /** Computes the compound gap over one grouping of a label's metrics. */
    public Gap gap(GapMethod method, LabelMetrics label, String grouping, String reference) {
        return gap(method, label.groups(grouping), label.overall(), reference);
    }

    private static boolean worse(GapMethod method, double candidate, double current) {
        return method.isRatio() ? candidate < current : candidate > current;
    }

    /** Finds a compound metric by its pom name, ignoring case, dashes and underscores; null when unknown. */
    public static CompoundMetric fromId(String text) {
        return EnumIds.find(CompoundMetric.class, CompoundMetric::id, text);
    }
}

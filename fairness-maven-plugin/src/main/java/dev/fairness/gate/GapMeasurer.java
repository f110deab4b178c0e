package dev.fairness.gate;

import dev.fairness.InputException;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Gaps;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.GroupValue;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures a gap the way a rule sees it: a group takes part only when it has at least the minimum size, every
 * metric the measure needs is defined for it and it has the cases of the class each metric rests on
 * ({@link ClassCounts}); the others are listed with the reason. The interval is derived from the simultaneous
 * intervals of every comparison the gap is made of, over the same groups.
 */
final class GapMeasurer {
    private final int minGroupSize;
    private final int minClassCount;

    /** @param minClassCount the minimum class count of rules without their own (0 requires nothing) */
    GapMeasurer(int minGroupSize, int minClassCount) {
        this.minGroupSize = minGroupSize;
        this.minClassCount = minClassCount;
    }

    /** The minimum class count a rule applies: its own, or the gate's. */
    int minClassCount(Rule rule) {
        return rule.minClassCount() != null ? rule.minClassCount() : minClassCount;
    }

    /**
     * @param replicates the label's replicates, or null for no interval
     * @throws InputException when the reference group does not exist
     */
    Measurement measure(Measure measure, String grouping, GapMethod method, String reference, int minimum,
                        LabelMetrics metrics, BootstrapReplicates replicates) {
        List<GroupMetrics> groups = metrics.groups(grouping);
        checkReference(measure, grouping, reference, groups);
        List<GroupMetrics> kept = new ArrayList<>();
        List<ExcludedGroup> excluded = new ArrayList<>();
        for (GroupMetrics group : groups) {
            String reason = exclusionReason(measure, group, minimum);
            if (reason == null) {
                kept.add(group);
            } else {
                excluded.add(new ExcludedGroup(group.group(), group.n(), reason));
            }
        }
        Gap gap = referenceExcluded(measure, method, reference, excluded);
        if (gap == null) {
            gap = gap(measure, method, reference, kept, metrics.overall());
        }
        GapInterval comparisons = replicates == null || !gap.value().isDefined() ? null
                : interval(measure, method, grouping, reference, replicates, kept);
        return new Measurement(gap, kept, excluded, comparisons);
    }

    private static GapInterval interval(Measure measure, GapMethod method, String grouping, String reference,
                                        BootstrapReplicates replicates, List<GroupMetrics> kept) {
        List<String> groups = kept.stream().map(GroupMetrics::group).toList();
        return measure.isCompound()
                ? replicates.gapInterval(measure.compound(), method, grouping, groups, reference)
                : replicates.gapInterval(measure.metric(), method, grouping, groups, reference);
    }

    private String exclusionReason(Measure measure, GroupMetrics group, int minimum) {
        if (group.n() < minGroupSize) {
            return "n = " + group.n() + " is below the minimum group size " + minGroupSize;
        }
        for (Metric m : measure.components()) {
            MetricValue v = group.get(m);
            if (!v.isDefined()) {
                return m.displayName() + " is undefined (" + v.undefinedReason() + ")";
            }
        }
        for (Metric m : measure.components()) {
            ClassCounts.Count few = ClassCounts.shortfall(m, group, minimum);
            if (few != null) {
                return ClassCounts.reason(m, few, minimum);
            }
        }
        return null;
    }

    private static Gap gap(Measure measure, GapMethod method, String reference, List<GroupMetrics> kept,
                           GroupMetrics overall) {
        if (measure.isCompound()) {
            return measure.compound().gap(method, kept, overall, reference);
        }
        Metric metric = measure.metric();
        List<GroupValue> values = new ArrayList<>(kept.size());
        for (GroupMetrics g : kept) {
            values.add(new GroupValue(g.group(), g.get(metric)));
        }
        return Gaps.compute(metric, method, values, overall.get(metric), reference);
    }

    /** A reference group left out leaves nothing to compare against: the gap is undefined. */
    private static Gap referenceExcluded(Measure measure, GapMethod method, String reference,
                                         List<ExcludedGroup> excluded) {
        for (ExcludedGroup e : excluded) {
            if (e.group().equals(reference)) {
                Metric metric = measure.components().get(0);
                return new Gap(metric, method, MetricValue.undefined("reference group '" + e.group()
                        + "' is left out: " + e.reason()), null, Double.NaN, null, Double.NaN);
            }
        }
        return null;
    }

    /** An unknown reference group is a configuration error; a known but excluded one makes the gap undefined. */
    private static void checkReference(Measure measure, String grouping, String reference, List<GroupMetrics> groups) {
        if (reference == null) {
            return;
        }
        List<String> names = groups.stream().map(GroupMetrics::group).toList();
        if (!names.contains(reference)) {
            throw new InputException("The " + measure.id() + " rule on '" + grouping + "' names reference group '"
                    + reference + "', which does not exist. Groups: " + names + ".");
        }
    }
}

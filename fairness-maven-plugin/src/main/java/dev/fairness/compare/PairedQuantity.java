package dev.fairness.compare;

import dev.fairness.gate.Measure;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.GroupValue;
import dev.fairness.metrics.Gaps;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One number read off a label's metrics that models are compared on: an overall metric, a gap over an attribute's
 * groups, or one group's value. Each is computed on the resample of its own {@link #grouping()} (null: the overall
 * resample), so that all models read it off the same draw of images. NaN where it is undefined.
 */
public sealed interface PairedQuantity {

    /** The grouping whose resample this quantity is computed on; null for the overall line. */
    String grouping();

    /** The value on one (re)sample's metrics; NaN when undefined. */
    double value(LabelMetrics metrics);

    /** The overall value of a metric (AUC, accuracy, F1, ...). */
    record Overall(Metric metric) implements PairedQuantity {
        @Override
        public String grouping() {
            return null;
        }

        @Override
        public double value(LabelMetrics metrics) {
            return numeric(metrics.overall().get(metric));
        }
    }

    /**
     * A gap of a metric or compound criterion over the kept groups of a grouping.
     *
     * @param kept the groups that take part (large enough); the others are left out in every model and replicate
     */
    record GapOf(Measure measure, String grouping, GapMethod method, String reference, Set<String> kept)
            implements PairedQuantity {
        @Override
        public double value(LabelMetrics metrics) {
            return numeric(gap(metrics).value());
        }

        /** The gap itself, with the groups (and for a compound criterion the metric) that decided it. */
        public Gap gap(LabelMetrics metrics) {
            List<GroupMetrics> groups = new ArrayList<>();
            for (GroupMetrics g : metrics.groups(grouping)) {
                if (kept.contains(g.group())) {
                    groups.add(g);
                }
            }
            Gap gap;
            if (measure.isCompound()) {
                gap = measure.compound().gap(method, groups, metrics.overall(), reference);
            } else {
                List<GroupValue> values = new ArrayList<>();
                for (GroupMetrics g : groups) {
                    values.add(new GroupValue(g.group(), g.get(measure.metric())));
                }
                gap = Gaps.compute(measure.metric(), method, values, metrics.overall().get(measure.metric()), reference);
            }
            return gap;
        }
    }

    /**
     * The signed difference of one metric between two fixed groups ({@code high − low}): a difference gap with
     * the groups that decide it held fixed. Where two models' gaps are decided by the same two groups, the paired
     * change of the gap is the paired change of this difference, which, unlike the gap (a maximum over pairs, never
     * below 0), varies smoothly across replicates when the gap is near 0.
     */
    record PairDifference(Metric metric, String grouping, String high, String low) implements PairedQuantity {
        @Override
        public double value(LabelMetrics metrics) {
            return numeric(metrics.group(grouping, high).get(metric)) - numeric(metrics.group(grouping, low).get(metric));
        }
    }

    /** One group's value of a metric. */
    record GroupOf(Metric metric, String grouping, String group) implements PairedQuantity {
        @Override
        public double value(LabelMetrics metrics) {
            return numeric(metrics.group(grouping, group).get(metric));
        }
    }

    private static double numeric(MetricValue value) {
        return value.isDefined() ? value.value() : Double.NaN;
    }
}

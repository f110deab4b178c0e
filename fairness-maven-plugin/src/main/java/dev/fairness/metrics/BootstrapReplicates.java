package dev.fairness.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every metric of one label in every bootstrap replicate, overall and per group of every grouping, with the
 * test-set values they vary around, and the intervals read off them: the percentile interval of a group's metric,
 * and of any gap over any subset of groups (the groups a rule kept) the interval derived from the simultaneous
 * intervals of its signed comparisons ({@link GapFamily}, {@link MaxT}). A value undefined in a replicate is NaN
 * there; intervals count such replicates and keep the first reason. Immutable after construction.
 */
public final class BootstrapReplicates {
    private static final int METRICS = Metric.values().length;

    private final BootstrapSettings settings;
    private final List<String> groupings;
    private final List<List<String>> groupNames;
    private final int[] offsets;
    private final boolean[] ownOverall;
    private final double[][] values;
    private final String[] reasons;
    private final double[] points;
    private final Interval[] intervals;

    /**
     * @param values  {@code values[id * METRICS + metric.ordinal()][replicate]}: id 0 the overall line (resampled
     *                by class), then per grouping its own replicates' overall line and its groups in order
     * @param reasons per cell, the reason of the first replicate where it is undefined, or null
     */
    BootstrapReplicates(BootstrapSettings settings, List<String> groupings, List<List<String>> groupNames,
                        boolean[] ownOverall, double[][] values, String[] reasons) {
        this(settings, groupings, groupNames, ownOverall, values, reasons, meansOf(values));
    }

    /**
     * @param points per cell, the value on the test set itself (NaN where undefined): what the simultaneous
     *               intervals of gaps are centred on
     */
    BootstrapReplicates(BootstrapSettings settings, List<String> groupings, List<List<String>> groupNames,
                        boolean[] ownOverall, double[][] values, String[] reasons, double[] points) {
        if (points.length != values.length) {
            throw new IllegalArgumentException(points.length + " test-set values for " + values.length + " cells");
        }
        this.points = points.clone();
        this.settings = settings;
        this.groupings = List.copyOf(groupings);
        this.groupNames = groupNames.stream().map(List::copyOf).toList();
        this.offsets = new int[groupings.size()];
        int id = 1;
        for (int k = 0; k < groupings.size(); k++) {
            offsets[k] = id; // the grouping's own overall line; its groups follow
            id += 1 + groupNames.get(k).size();
        }
        if (values.length != id * METRICS) {
            throw new IllegalArgumentException(values.length + " cells for " + id + " groups");
        }
        this.ownOverall = ownOverall.clone();
        this.values = values;
        this.reasons = reasons;
        this.intervals = new Interval[values.length];
        for (int c = 0; c < values.length; c++) {
            if (!isUnusedOverall(c / METRICS)) {
                intervals[c] = Percentiles.interval(values[c], settings.confidenceLevel(), reasons[c]);
            }
        }
    }

    public BootstrapSettings settings() {
        return settings;
    }

    public int replicates() {
        return settings.replicates();
    }

    /** The interval of a metric over all rows. */
    public Interval overall(Metric metric) {
        return intervals[cell(0, metric)];
    }

    /** The interval of one group's metric. */
    public Interval group(String grouping, String group, Metric metric) {
        return intervals[cell(id(grouping, group), metric)];
    }

    /** One replicate's value of a group's metric; a test hook and the input of gap replicates. */
    public MetricValue value(int replicate, String grouping, String group, Metric metric) {
        return value(replicate, id(grouping, group), metric);
    }

    /** One replicate's overall value of a metric. */
    public MetricValue overallValue(int replicate, Metric metric) {
        return value(replicate, 0, metric);
    }

    /** One replicate's overall value as recomputed in a grouping's own replicates (for {@code toOverall} gaps). */
    MetricValue ownOverallValue(int replicate, String grouping, Metric metric) {
        return value(replicate, overallId(grouping, GapMethod.TO_OVERALL), metric);
    }

    /**
     * The interval of one metric's gap over the given groups of a grouping, derived from the simultaneous intervals
     * of the gap's signed comparisons ({@link #gapInterval(Metric, GapMethod, String, List, String)}).
     *
     * @param groups the groups taking part, in group order (those a rule kept); others are ignored
     */
    public Interval gap(Metric metric, GapMethod method, String grouping, List<String> groups, String reference) {
        return gapInterval(metric, method, grouping, groups, reference).interval();
    }

    /** The interval of a compound gap (equalized odds, ...) over the given groups of a grouping. */
    public Interval gap(CompoundMetric compound, GapMethod method, String grouping, List<String> groups, String reference) {
        return gapInterval(compound, method, grouping, groups, reference).interval();
    }

    /**
     * One metric's gap over the given groups: the signed comparisons it is made of, with simultaneous intervals,
     * and the gap's interval derived from them ({@link GapFamily}). A ratio with a value of 0 on the test set has
     * no log scale: it gets the percentile interval of the gap's replicates instead.
     */
    public GapInterval gapInterval(Metric metric, GapMethod method, String grouping, List<String> groups,
                                   String reference) {
        int[] ids = ids(grouping, groups);
        int overall = overallId(grouping, method);
        return family(List.of(metric), method, grouping, groups, reference,
                () -> percentileGap(metric, method, grouping, groups, reference),
                r -> Gaps.compute(metric, method, groupValues(r, ids, groups, metric),
                        overall < 0 ? null : value(r, overall, metric), reference).value().undefinedReason());
    }

    /** A compound gap's comparisons (all components in one family) and interval. */
    public GapInterval gapInterval(CompoundMetric compound, GapMethod method, String grouping, List<String> groups,
                                   String reference) {
        if (method == GapMethod.WORST && compound.components().size() > 1) {
            throw new IllegalArgumentException("gap method 'worst' is not defined for " + compound.displayName()
                    + ", which combines " + compound.components().size() + " metrics");
        }
        int[] ids = ids(grouping, groups);
        int overall = overallId(grouping, method);
        return family(compound.components(), method, grouping, groups, reference,
                () -> percentileGap(compound, method, grouping, groups, reference),
                r -> compound.gap(method, metric -> groupValues(r, ids, groups, metric),
                        metric -> overall < 0 ? null : value(r, overall, metric), reference).value().undefinedReason());
    }

    private GapInterval family(List<Metric> components, GapMethod method, String grouping, List<String> groups,
                               String reference, java.util.function.Supplier<Interval> percentile,
                               java.util.function.IntFunction<String> reasonAt) {
        if (method == GapMethod.WORST && components.get(0).direction() == Metric.Direction.NONE) {
            throw new IllegalArgumentException("gap method 'worst' needs a metric where higher or lower is better; "
                    + components.get(0).displayName() + " has no better direction");
        }
        if (method == GapMethod.TO_REFERENCE && (reference == null || !groups.contains(reference))) {
            throw new IllegalArgumentException("reference group '" + reference + "' is not one of the groups " + groups);
        }
        int[] ids = ids(grouping, groups);
        int overall = overallId(grouping, method);
        GapInterval family = GapFamily.of(components, method, groups, ids, overall, reference, cells, settings,
                reasonAt);
        return family != null ? family
                : new GapInterval(percentile.get(), List.of(), Double.NaN, GapInterval.PERCENTILE);
    }

    private final GapFamily.Cells cells = new GapFamily.Cells() {
        @Override
        public double point(int id, Metric metric) {
            return points[cell(id, metric)];
        }

        @Override
        public double[] replicates(int id, Metric metric) {
            return values[cell(id, metric)];
        }

        @Override
        public String reason(int id, Metric metric) {
            String reason = reasons[cell(id, metric)];
            return reason == null ? "undefined" : reason;
        }
    };

    /**
     * The percentile interval of a gap's own replicates (the gap computed in each replicate by the same method
     * over the same groups): biased for max - min, which cannot go below 0, and not simultaneous over many groups.
     * Kept for a ratio with a value of 0, and to measure what the simultaneous intervals improve on.
     */
    public Interval percentileGap(Metric metric, GapMethod method, String grouping, List<String> groups,
                                  String reference) {
        int[] ids = ids(grouping, groups);
        int overall = overallId(grouping, method);
        return gapInterval(r -> Gaps.compute(metric, method, groupValues(r, ids, groups, metric),
                overall < 0 ? null : value(r, overall, metric), reference));
    }

    /** The percentile interval of a compound gap's own replicates. */
    public Interval percentileGap(CompoundMetric compound, GapMethod method, String grouping, List<String> groups,
                                  String reference) {
        int[] ids = ids(grouping, groups);
        int overall = overallId(grouping, method);
        return gapInterval(r -> compound.gap(method, metric -> groupValues(r, ids, groups, metric),
                metric -> overall < 0 ? null : value(r, overall, metric), reference));
    }

    /**
     * The id of the overall line a gap compares with in the grouping's own replicates, or -1 when the method does
     * not compare with the overall line.
     *
     * @throws IllegalStateException when it does but the grouping's replicates did not recompute it
     */
    private int overallId(String grouping, GapMethod method) {
        int k = grouping(grouping);
        if (method != GapMethod.TO_OVERALL && method != GapMethod.TO_OVERALL_RATIO) {
            return -1;
        }
        if (!ownOverall[k]) {
            throw new IllegalStateException("the replicates of grouping '" + grouping + "' were run without their own "
                    + "overall line, which a " + method.id() + " gap needs");
        }
        return offsets[k];
    }

    private interface ReplicateGap {
        Gap compute(int replicate);
    }

    private Interval gapInterval(ReplicateGap gap) {
        int replicates = settings.replicates();
        double[] gaps = new double[replicates];
        String reason = null;
        for (int r = 0; r < replicates; r++) {
            MetricValue v = gap.compute(r).value();
            gaps[r] = v.value();
            if (!v.isDefined() && reason == null) {
                reason = v.undefinedReason();
            }
        }
        return Percentiles.interval(gaps, settings.confidenceLevel(), reason);
    }

    private List<GroupValue> groupValues(int replicate, int[] ids, List<String> groups, Metric metric) {
        List<GroupValue> list = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            list.add(new GroupValue(groups.get(i), value(replicate, ids[i], metric)));
        }
        return list;
    }

    private MetricValue value(int replicate, int id, Metric metric) {
        int cell = cell(id, metric);
        double v = values[cell][replicate];
        return Double.isNaN(v) ? MetricValue.undefined(reasons[cell]) : MetricValue.of(v);
    }

    private int[] ids(String grouping, List<String> groups) {
        Objects.requireNonNull(groups, "groups");
        int[] ids = new int[groups.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(grouping, groups.get(i));
        }
        return ids;
    }

    /** True for the id of a grouping's own overall line that its replicates did not compute. */
    private boolean isUnusedOverall(int id) {
        for (int k = 0; k < offsets.length; k++) {
            if (offsets[k] == id) {
                return !ownOverall[k];
            }
        }
        return false;
    }

    private int grouping(String grouping) {
        int k = groupings.indexOf(grouping);
        if (k < 0) {
            throw new IllegalArgumentException("no grouping '" + grouping + "'; known: " + groupings);
        }
        return k;
    }

    private int id(String grouping, String group) {
        int k = grouping(grouping);
        int g = groupNames.get(k).indexOf(group);
        if (g < 0) {
            throw new IllegalArgumentException("grouping '" + grouping + "' has no group '" + group + "'");
        }
        return offsets[k] + 1 + g;
    }

    /** Test hooks without a test set: each cell's mean over its defined replicates stands in for its value. */
    private static double[] meansOf(double[][] values) {
        double[] means = new double[values.length];
        for (int c = 0; c < values.length; c++) {
            double sum = 0;
            int count = 0;
            for (double v : values[c]) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                }
            }
            means[c] = count == 0 ? Double.NaN : sum / count;
        }
        return means;
    }

    private static int cell(int id, Metric metric) {
        return id * METRICS + metric.ordinal();
    }
}

package dev.fairness.metrics;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Every metric of one label in every bootstrap replicate, overall and per group of every grouping, with the
 * test-set values they vary around, and the intervals read off them: of a group's metric the Wilson score interval
 * when it is a counted proportion ({@link WilsonScore}), else the percentile interval of its replicates; and of any
 * gap over any subset of groups (the groups a rule kept) the interval derived from the simultaneous
 * intervals of its signed comparisons ({@link GapFamily}, {@link MaxT}). A value undefined in a replicate is NaN
 * there; intervals count such replicates and keep the first reason. The values are kept by
 * {@link ReplicateCells}. Immutable after construction.
 */
public final class BootstrapReplicates {
    /** {@link #intervalMethod}: the Wilson score interval of a counted proportion. */
    public static final String WILSON = "wilson";
    /** {@link #intervalMethod}: the percentile interval of the replicates. */
    public static final String PERCENTILE = "percentile";

    private final BootstrapSettings settings;
    private final ReplicateCells cells;
    private final Interval[] intervals;

    /**
     * @param values  {@code values[id * METRICS + metric.ordinal()][replicate]}: id 0 the overall line (resampled
     *                by class), then per grouping its own replicates' overall line and its groups in order
     * @param reasons per cell, the reason of the first replicate where it is undefined, or null
     */
    BootstrapReplicates(BootstrapSettings settings, List<String> groupings, List<List<String>> groupNames,
                        boolean[] ownOverall, double[][] values, String[] reasons) {
        this(settings, groupings, groupNames, ownOverall, values, reasons, ReplicateCells.meansOf(values));
    }

    /**
     * @param points per cell, the value on the test set itself (NaN where undefined): what the simultaneous
     *               intervals of gaps are centred on
     */
    BootstrapReplicates(BootstrapSettings settings, List<String> groupings, List<List<String>> groupNames,
                        boolean[] ownOverall, double[][] values, String[] reasons, double[] points) {
        this.cells = new ReplicateCells(groupings, groupNames, ownOverall, values, reasons, points);
        this.settings = settings;
        this.intervals = new Interval[cells.cellCount()];
        for (int c = 0; c < intervals.length; c++) {
            if (!cells.isUnusedOverall(c / ReplicateCells.METRICS)) {
                intervals[c] = lineInterval(c);
            }
        }
    }

    /**
     * A line's interval of one metric: Wilson's for a counted proportion (its cases counted on the test set), the
     * percentile interval of the replicates for every other metric, and for lines without counts (test hooks).
     */
    private Interval lineInterval(int cell) {
        Metric metric = Metric.values()[cell % ReplicateCells.METRICS];
        CountedProportion counted = CountedProportion.isCounted(metric)
                ? CountedProportion.of(metric, cells, cell / ReplicateCells.METRICS) : null;
        if (counted == null) {
            return Percentiles.interval(cells.replicates(cell), settings.confidenceLevel(), cells.firstReason(cell));
        }
        double[] bounds = new WilsonScore(counted).at(settings.confidenceLevel());
        return new Interval(bounds[0], bounds[1], settings.confidenceLevel(), settings.replicates(), 0, null);
    }

    /**
     * How a line's interval of the metric is made: {@value #WILSON} for the counted proportions (TPR, FNR, FPR, TNR,
     * PPV, NPV, accuracy, selection rate), {@value #PERCENTILE} for every other metric.
     */
    public static String intervalMethod(Metric metric) {
        return CountedProportion.isCounted(metric) ? WILSON : PERCENTILE;
    }

    public BootstrapSettings settings() {
        return settings;
    }

    public int replicates() {
        return settings.replicates();
    }

    /** The interval of a metric over all rows. */
    public Interval overall(Metric metric) {
        return intervals[ReplicateCells.cell(0, metric)];
    }

    /** The interval of one group's metric. */
    public Interval group(String grouping, String group, Metric metric) {
        return intervals[ReplicateCells.cell(cells.id(grouping, group), metric)];
    }

    /** One replicate's value of a group's metric; a test hook and the input of gap replicates. */
    public MetricValue value(int replicate, String grouping, String group, Metric metric) {
        return cells.value(replicate, cells.id(grouping, group), metric);
    }

    /** One replicate's overall value of a metric. */
    public MetricValue overallValue(int replicate, Metric metric) {
        return cells.value(replicate, 0, metric);
    }

    /** One replicate's overall value as recomputed in a grouping's own replicates (for {@code toOverall} gaps). */
    MetricValue ownOverallValue(int replicate, String grouping, Metric metric) {
        return cells.value(replicate, cells.overallId(grouping, GapMethod.TO_OVERALL), metric);
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
        int[] ids = cells.ids(grouping, groups);
        int overall = cells.overallId(grouping, method);
        return family(List.of(metric), method, grouping, groups, reference,
                () -> percentileGap(metric, method, grouping, groups, reference),
                r -> Gaps.compute(metric, method, cells.groupValues(r, ids, groups, metric),
                        overall < 0 ? null : cells.value(r, overall, metric), reference).value().undefinedReason());
    }

    /** A compound gap's comparisons (all components in one family) and interval. */
    public GapInterval gapInterval(CompoundMetric compound, GapMethod method, String grouping, List<String> groups,
                                   String reference) {
        if (method == GapMethod.WORST && compound.components().size() > 1) {
            throw new IllegalArgumentException("gap method 'worst' is not defined for " + compound.displayName()
                    + ", which combines " + compound.components().size() + " metrics");
        }
        int[] ids = cells.ids(grouping, groups);
        int overall = cells.overallId(grouping, method);
        return family(compound.components(), method, grouping, groups, reference,
                () -> percentileGap(compound, method, grouping, groups, reference),
                r -> compound.gap(method, metric -> cells.groupValues(r, ids, groups, metric),
                                metric -> overall < 0 ? null : cells.value(r, overall, metric), reference)
                        .value().undefinedReason());
    }

    private GapInterval family(List<Metric> components, GapMethod method, String grouping, List<String> groups,
                               String reference, Supplier<Interval> percentile, IntFunction<String> reasonAt) {
        if (method == GapMethod.WORST && components.get(0).direction() == Metric.Direction.NONE) {
            throw new IllegalArgumentException("gap method 'worst' needs a metric where higher or lower is better; "
                    + components.get(0).displayName() + " has no better direction");
        }
        if (method == GapMethod.TO_REFERENCE && (reference == null || !groups.contains(reference))) {
            throw new IllegalArgumentException("reference group '" + reference + "' is not one of the groups " + groups);
        }
        int[] ids = cells.ids(grouping, groups);
        int overall = cells.overallId(grouping, method);
        GapInterval family = GapFamily.of(components, method, groups, ids, overall, reference, cells, settings,
                reasonAt);
        return family != null ? family
                : new GapInterval(percentile.get(), List.of(), Double.NaN, GapInterval.PERCENTILE);
    }

    /**
     * The percentile interval of a gap's own replicates (the gap computed in each replicate by the same method
     * over the same groups): biased for max - min, which cannot go below 0, and not simultaneous over many groups.
     * Kept for a ratio with a value of 0, and to measure what the simultaneous intervals improve on.
     */
    public Interval percentileGap(Metric metric, GapMethod method, String grouping, List<String> groups,
                                  String reference) {
        int[] ids = cells.ids(grouping, groups);
        int overall = cells.overallId(grouping, method);
        return gapInterval(r -> Gaps.compute(metric, method, cells.groupValues(r, ids, groups, metric),
                overall < 0 ? null : cells.value(r, overall, metric), reference));
    }

    /** The percentile interval of a compound gap's own replicates. */
    public Interval percentileGap(CompoundMetric compound, GapMethod method, String grouping, List<String> groups,
                                  String reference) {
        int[] ids = cells.ids(grouping, groups);
        int overall = cells.overallId(grouping, method);
        return gapInterval(r -> compound.gap(method, metric -> cells.groupValues(r, ids, groups, metric),
                metric -> overall < 0 ? null : cells.value(r, overall, metric), reference));
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
}

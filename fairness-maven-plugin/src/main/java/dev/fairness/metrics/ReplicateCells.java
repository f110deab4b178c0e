package dev.fairness.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a label's bootstrap keeps its replicates: one cell per line and metric, {@code values[id * METRICS +
 * metric.ordinal()][replicate]}, where line 0 is the overall line (resampled by class) and each grouping follows
 * with its own replicates' overall line and then its groups in order. Each cell also has its value on the test set
 * and the reason of its first undefined replicate (NaN there). Finds the lines of a grouping's groups by name.
 * Immutable after construction.
 */
final class ReplicateCells implements GapFamily.Cells {
    static final int METRICS = Metric.values().length;

    private final List<String> groupings;
    private final List<List<String>> groupNames;
    private final int[] offsets;
    private final boolean[] ownOverall;
    private final double[][] values;
    private final String[] reasons;
    private final double[] points;

    /**
     * @param values  {@code values[id * METRICS + metric.ordinal()][replicate]} (see the class comment)
     * @param reasons per cell, the reason of the first replicate where it is undefined, or null
     * @param points  per cell, the value on the test set itself (NaN where undefined)
     */
    ReplicateCells(List<String> groupings, List<List<String>> groupNames, boolean[] ownOverall, double[][] values,
                   String[] reasons, double[] points) {
        if (points.length != values.length) {
            throw new IllegalArgumentException(points.length + " test-set values for " + values.length + " cells");
        }
        this.points = points.clone();
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
    }

    /**
     * Writes one replicate's value of one line's metric into {@code values} (laid out as above), and the reason of
     * the cell's first undefined replicate.
     */
    static void put(Metric metric, double value, String reason, int id, int replicate, double[][] values,
                    String[] reasons) {
        int cell = id * METRICS + metric.ordinal();
        values[cell][replicate] = value;
        if (Double.isNaN(value) && reasons[cell] == null) {
            reasons[cell] = reason;
        }
    }

    /** Each cell's mean over its defined replicates: what stands in for its test-set value in test hooks. */
    static double[] meansOf(double[][] values) {
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

    int cellCount() {
        return values.length;
    }

    /** A cell's replicates, by cell index. Not copied: do not modify. */
    double[] replicates(int cell) {
        return values[cell];
    }

    /** The reason of a cell's first undefined replicate, or null. */
    String firstReason(int cell) {
        return reasons[cell];
    }

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

    /** One replicate's value of a line's metric, undefined with the cell's first reason where it is NaN. */
    MetricValue value(int replicate, int id, Metric metric) {
        int cell = cell(id, metric);
        double v = values[cell][replicate];
        return Double.isNaN(v) ? MetricValue.undefined(reasons[cell]) : MetricValue.of(v);
    }

    /** One replicate's values of a metric for the given groups, whose lines are {@code ids}. */
    List<GroupValue> groupValues(int replicate, int[] ids, List<String> groups, Metric metric) {
        List<GroupValue> list = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            list.add(new GroupValue(groups.get(i), value(replicate, ids[i], metric)));
        }
        return list;
    }

    /**
     * The line of the overall value a gap compares with in the grouping's own replicates, or -1 when the method does
     * not compare with the overall line.
     *
     * @throws IllegalStateException when it does but the grouping's replicates did not recompute it
     */
    int overallId(String grouping, GapMethod method) {
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

    /** The lines of the given groups of a grouping. */
    int[] ids(String grouping, List<String> groups) {
        Objects.requireNonNull(groups, "groups");
        int[] ids = new int[groups.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(grouping, groups.get(i));
        }
        return ids;
    }

    /** The line of one group of a grouping. */
    int id(String grouping, String group) {
        int k = grouping(grouping);
        int g = groupNames.get(k).indexOf(group);
        if (g < 0) {
            throw new IllegalArgumentException("grouping '" + grouping + "' has no group '" + group + "'");
        }
        return offsets[k] + 1 + g;
    }

    /** True for the line of a grouping's own overall line that its replicates did not compute. */
    boolean isUnusedOverall(int id) {
        for (int k = 0; k < offsets.length; k++) {
            if (offsets[k] == id) {
                return !ownOverall[k];
            }
        }
        return false;
    }

    static int cell(int id, Metric metric) {
        return id * METRICS + metric.ordinal();
    }

    private int grouping(String grouping) {
        int k = groupings.indexOf(grouping);
        if (k < 0) {
            throw new IllegalArgumentException("no grouping '" + grouping + "'; known: " + groupings);
        }
        return k;
    }
}

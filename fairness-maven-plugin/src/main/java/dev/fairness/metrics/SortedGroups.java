package dev.fairness.metrics;

import java.util.List;

/**
 * One label's rows in the engine's score order with each row's groups, and what the metrics' one pass over them
 * counted per group ({@link AllGroupsPass}): every group's rows and positives, and per ECE bin its rows, positives
 * and sum of scores. The report's curves read this instead of packing the groups, reading the rows in random order
 * or sorting again: the ROC curves walk the codes in order, and the reliability curves are the ECE's own bins.
 * Ids are {@link RowGroups}': 0 is the overall line, then each grouping's groups. Immutable.
 */
public final class SortedGroups {
    /** The ECE's bins: bin {@code min(floor(10 * score), 9)}, at least 0. */
    public static final int BINS = PointEstimatePass.ECE_BINS;
    private final SortedLabel label;
    private final RowGroups groups;
    /** Per sorted position, the row's code ({@link RowGroups#inOrder}). */
    private final int[] codes;
    private final long[] rows;
    private final long[] positives;
    /** Per {@code id * BINS + bin}. */
    private final long[] binRows;
    private final long[] binPositives;
    private final double[] binScores;

    SortedGroups(SortedLabel label, RowGroups groups, int[] codes, long[] rows, long[] positives, long[] binRows,
                 long[] binPositives, double[] binScores) {
        this.label = label;
        this.groups = groups;
        this.codes = codes;
        this.rows = rows;
        this.positives = positives;
        this.binRows = binRows;
        this.binPositives = binPositives;
        this.binScores = binScores;
    }

    /** The label's sort. */
    public SortedLabel label() {
        return label;
    }

    /** The groupings' names, in the order of their index here. */
    public List<String> groupingNames() {
        return groups.names();
    }

    /** Index of the grouping with this name, or -1. */
    public int grouping(String name) {
        return groups.names().indexOf(name);
    }

    /** Number of groups of grouping {@code k}. */
    public int groupCount(int k) {
        return groups.groupCount(k);
    }

    /** Id of group {@code g} of grouping {@code k}. */
    public int id(int k, int g) {
        return groups.id(k, g);
    }

    /** Rows of the group with this id. */
    public long rows(int id) {
        return rows[id];
    }

    /** Positives of the group with this id. */
    public long positives(int id) {
        return positives[id];
    }

    /** Rows of the group with this id whose score falls into ECE bin {@code bin}. */
    public long binRows(int id, int bin) {
        return binRows[id * BINS + bin];
    }

    /** Positives among {@link #binRows}. */
    public long binPositives(int id, int bin) {
        return binPositives[id * BINS + bin];
    }

    /**
     * The sum of the scores of {@link #binRows}, added as the ECE adds it: tie block by tie block in score order,
     * each block's score times its rows in the group.
     */
    public double binScoreSum(int id, int bin) {
        return binScores[id * BINS + bin];
    }

    /**
     * Per sorted position, a code that holds grouping {@code k}'s group + 1 (0: the row is in none of its groups) in
     * the bits {@code (code >>> shift(k)) & mask(k)}: the codes the metrics' pass read, shared by all groupings when
     * they are packed into one int; otherwise the grouping's own, made for this call.
     */
    public int[] codes(int k) {
        if (groups.isPacked()) {
            return codes;
        }
        int[] groupOf = groups.groupOf(k);
        int[] own = new int[codes.length];
        for (int i = 0; i < own.length; i++) {
            own[i] = groupOf[label.rowAt(i)] + 1; // NO_GROUP (-1) becomes 0
        }
        return own;
    }

    /** Where grouping {@code k}'s group + 1 starts in {@link #codes}. */
    public int shift(int k) {
        return groups.isPacked() ? groups.shift(k) : 0;
    }

    /** The bits of grouping {@code k}'s group + 1 in {@link #codes}, once shifted down. */
    public int mask(int k) {
        return groups.isPacked() ? groups.mask(k) : -1;
    }
}

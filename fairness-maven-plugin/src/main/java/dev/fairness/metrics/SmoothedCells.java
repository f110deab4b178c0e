package dev.fairness.metrics;

/**
 * The replicates of the counted prevalence-dependent metrics: PPV, NPV, accuracy, F1 and selection rate, the
 * functions of a group's four confusion cells at the fixed threshold. A replicate redraws the group's cells as a
 * random sample of its {@code n} rows would give them, from the cells' proportions with ¼ added to each (Perks'
 * prior, 1 in all): {@code (TP*, FP*, FN*, TN*) ~ Multinomial(n, (TP + ¼, FP + ¼, FN + ¼, TN + ¼) / (n + 1))}, a
 * smoothed bootstrap of the group as a whole. Its numbers of positives and of predicted positives vary as in a
 * random test set, and every split of the cells into two pairs (predicted positive or not, correct or not) is
 * smoothed by Jeffreys' ½ + ½.
 *
 * <p><b>Why.</b> A resample of the rows can only repeat the rows there are: a group whose predicted negatives hold
 * no false negative has NPV 1 in every replicate and a standard deviation of 0, while a test set of its size misses
 * an NPV of 0.96 in about one case of 25. Mean replicate SD / true SD, exactly ({@code golden/smoothed_cells.py};
 * NPV of 50 rows at prevalence 0.1, about 37 predicted negatives; PPV 0.28 of the same groups, about 15 predicted
 * positives): resampling the rows 0.846 and 0.938; the Jeffreys posterior {@code n · Dirichlet(cells + ½)} 1.044
 * and 0.902 (its Beta laws have {@code m + 2} where a sample has {@code m}; 0.88 in 1,000 simulated sets); this
 * multinomial with ½ per cell 1.083 and 0.983 (1.109 for the NPV difference of two groups); with ¼ per cell 0.996
 * and 0.979, and 0.979–1.033 in every cell of the coverage suite, groups and differences.
 *
 * <p><b>Undefined stays undefined.</b> A metric undefined on the group's own cells (PPV without a predicted
 * positive, NPV without a predicted negative, F1 without a positive or a predicted positive, every rate of an empty
 * group) is undefined in every replicate with the same reason: the prior alone is no measurement. A replicate that
 * draws no predicted positive has no PPV (and none for NPV alike): an undefined replicate, counted as such.
 *
 * <p>The draws come from a stream of their own per (seed, label, grouping, replicate), so the other metrics'
 * replicates, drawn from the rows, are the same with or without them.
 */
final class SmoothedCells {
    /** The metrics whose replicates this class draws. */
    static final Metric[] METRICS = {Metric.PPV, Metric.NPV, Metric.ACCURACY, Metric.F1, Metric.SELECTION_RATE};
    /** Mixed into a scheme's salt: the cells' stream is not the rows' stream. */
    private static final long SALT = SplitMix64.salt("confusion cells, smoothed");
    /** Perks' prior: ¼ per cell, 1 in all, so that every split of the four cells into two pairs gets ½ + ½. */
    private static final double PRIOR = 0.25;
    private static final int TP = 0;
    private static final int FP = 1;
    private static final int FN = 2;
    private static final int TN = 3;

    /** Per block, its observed cells at the threshold: TP, FP, FN, TN. */
    private final long[] observed;
    private final int blocks;

    private SmoothedCells(long[] observed) {
        this.observed = observed;
        this.blocks = observed.length / 4;
    }

    /** The observed cells of every block of {@code b} (its groups, then the rows in no group). */
    static SmoothedCells of(GroupBlocks b, double threshold) {
        ReplicatePass pass = new ReplicatePass();
        int[] ones = new int[b.size()];
        java.util.Arrays.fill(ones, 1);
        long[] cells = new long[4 * b.blockCount()];
        for (int g = 0; g < b.blockCount(); g++) {
            GroupTally t = pass.tally(b, g, ones, threshold);
            cells[4 * g + TP] = t.truePositives();
            cells[4 * g + FP] = t.falsePositives();
            cells[4 * g + FN] = t.falseNegatives();
            cells[4 * g + TN] = t.trueNegatives();
        }
        return new SmoothedCells(cells);
    }

    /** The generator of one replicate's cell draws for the scheme with salt {@code schemeSalt}. */
    static SplitMix64 random(long seed, long schemeSalt, int replicate) {
        return SplitMix64.forReplicate(seed, schemeSalt ^ SALT, replicate);
    }

    /** A buffer for one replicate's drawn cells of every block. */
    long[] newDraws() {
        return new long[observed.length];
    }

    /**
     * Draws every block's cells for one replicate, block by block, into {@code drawn}: the multinomial as three
     * binomials, the predicted positives of the block's rows, the true positives among them, the false negatives
     * among the predicted negatives.
     */
    void draw(SplitMix64 random, long[] drawn) {
        for (int g = 0; g < blocks; g++) {
            int at = 4 * g;
            long tp = observed[at + TP];
            long fp = observed[at + FP];
            long fn = observed[at + FN];
            long tn = observed[at + TN];
            int n = (int) (tp + fp + fn + tn);
            int predictedPositives = random.binomial(n, (tp + fp + 2 * PRIOR) / (n + 4 * PRIOR));
            int truePositives = random.binomial(predictedPositives, (tp + PRIOR) / (tp + fp + 2 * PRIOR));
            int falseNegatives = random.binomial(n - predictedPositives, (fn + PRIOR) / (fn + tn + 2 * PRIOR));
            drawn[at + TP] = truePositives;
            drawn[at + FP] = predictedPositives - truePositives;
            drawn[at + FN] = falseNegatives;
            drawn[at + TN] = n - predictedPositives - falseNegatives;
        }
    }

    /** Stores block {@code g}'s metrics from its drawn cells as line {@code id}'s replicate. */
    void store(int g, long[] drawn, int id, int replicate, double[][] values, String[] reasons) {
        int at = 4 * g;
        store(observed[at], observed[at + 1], observed[at + 2], observed[at + 3],
                drawn[at], drawn[at + 1], drawn[at + 2], drawn[at + 3], id, replicate, values, reasons);
    }

    /**
     * Stores the sum of every block's drawn cells (a grouping's own overall line: its groups' draws add up to it,
     * so a group and the overall line that contains it vary together) as line {@code id}'s replicate.
     */
    void storeSum(long[] drawn, int id, int replicate, double[][] values, String[] reasons) {
        long[] o = new long[4];
        long[] d = new long[4];
        for (int g = 0; g < blocks; g++) {
            for (int k = 0; k < 4; k++) {
                o[k] += observed[4 * g + k];
                d[k] += drawn[4 * g + k];
            }
        }
        store(o[TP], o[FP], o[FN], o[TN], d[TP], d[FP], d[FN], d[TN], id, replicate, values, reasons);
    }

    private static void store(long tp, long fp, long fn, long tn, long tpDrawn, long fpDrawn, long fnDrawn,
                              long tnDrawn, int id, int replicate, double[][] values, String[] reasons) {
        long n = tp + fp + fn + tn;
        if (n == 0) {
            for (Metric m : METRICS) {
                ReplicateCells.put(m, Double.NaN, MetricFormulas.EMPTY_GROUP, id, replicate, values, reasons);
            }
            return;
        }
        double all = n; // a replicate keeps the group's size
        ReplicateCells.put(Metric.PPV, tp + fp == 0 ? Double.NaN : ratio(tpDrawn, tpDrawn + fpDrawn),
                MetricFormulas.NO_PREDICTED_POSITIVES, id, replicate, values, reasons);
        ReplicateCells.put(Metric.NPV, tn + fn == 0 ? Double.NaN : ratio(tnDrawn, tnDrawn + fnDrawn),
                MetricFormulas.NO_PREDICTED_NEGATIVES, id, replicate, values, reasons);
        ReplicateCells.put(Metric.ACCURACY, (tpDrawn + tnDrawn) / all, null, id, replicate, values, reasons);
        ReplicateCells.put(Metric.F1, tp + fp + fn == 0 ? Double.NaN : ratio(2 * tpDrawn, 2 * tpDrawn + fpDrawn + fnDrawn),
                MetricFormulas.NO_POSITIVES_NOR_PREDICTED_POSITIVES, id, replicate, values, reasons);
        ReplicateCells.put(Metric.SELECTION_RATE, (tpDrawn + fpDrawn) / all, null, id, replicate, values, reasons);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}

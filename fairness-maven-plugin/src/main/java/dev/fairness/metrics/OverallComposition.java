package dev.fairness.metrics;

/**
 * The class-conditional rates (TPR, TNR, FPR, FNR, balanced accuracy; AUC by {@link OverallAucPass} with the same
 * weights) of a grouping's own overall line in one
 * replicate, with every group's drawn class counts ({@link ClassSplit}) instead of its fixed ones. A group's own TPR
 * rests on its positives alone, and its law given their number does not depend on it; the overall TPR is a
 * positives-weighted mean of the groups' TPRs, so when the groups differ its value moves with how many positives
 * each group has in the test set. Keeping each group's class counts in the overall line's replicates leaves that
 * variance out of a {@code toOverall} comparison: for two groups of 200 at prevalence 0.5 whose TPRs differ by
 * 0.5, the bootstrap SD of {@code TPR(g) - TPR(overall)} was 0.91 of its SD over the test sets, the max-t critical
 * value 1.94 where 2.20 was needed, and all comparisons covered in 87.9% of the sets (measured when this was built;
 * the method is on the coverage page, "Methods tried and not kept").
 *
 * <p>Each block {@code b} (a group, or the rows in no group) counts its positives {@code a_b = P*_b / P_b} times and
 * its negatives {@code (n_b - P*_b) / N_b} times, as {@link ClassSplit} weighs a group's prevalence-dependent
 * metrics: the overall TPR of the replicate is {@code sum a_b TP*_b / sum P*_b}. On the test set itself every weight
 * is 1 and the value is the plain overall rate.
 */
final class OverallComposition {
    private final double[] truePositives;
    private final double[] falsePositives;
    private final double[] positiveScales;
    private final double[] negativeScales;
    private double positives;
    private double negatives;
    private int blocks;
    private double groupsTruePositives;
    private double groupsFalsePositives;

    OverallComposition(int blockCount) {
        truePositives = new double[blockCount];
        falsePositives = new double[blockCount];
        positiveScales = new double[blockCount];
        negativeScales = new double[blockCount];
    }

    /** Block {@code b}'s weight on each of its positives: drawn over fixed positives ({@link OverallAucPass}). */
    double positiveScale(int b) {
        return positiveScales[b];
    }

    /** Block {@code b}'s weight on each of its negatives. */
    double negativeScale(int b) {
        return negativeScales[b];
    }

    /** Adds a group's class-stratified tally with its drawn class counts. */
    void addGroup(GroupTally t, ClassSplit split) {
        groupsTruePositives += t.truePositives();
        groupsFalsePositives += t.falsePositives();
        add(t.positives(), t.negatives(), t.truePositives(), t.falsePositives(), split);
    }

    /**
     * Rewrites the class-conditional rates of the overall tally {@code all} (the union of the groups' and the
     * ungrouped rows' draws) in {@code values}: the ungrouped rows are what the groups leave of it.
     */
    void store(GroupTally all, int ungroupedPositives, int ungroupedNegatives, ClassSplit ungrouped, int id,
               int replicate, double[][] values, String[] reasons) {
        add(ungroupedPositives, ungroupedNegatives, all.truePositives() - groupsTruePositives,
                all.falsePositives() - groupsFalsePositives, ungrouped);
        double tp = 0;
        double fp = 0;
        for (int b = 0; b < blocks; b++) {
            tp += truePositives[b];
            fp += falsePositives[b];
        }
        double tpr = positives == 0 ? Double.NaN : tp / positives;
        double fpr = negatives == 0 ? Double.NaN : fp / negatives;
        ReplicateCells.put(Metric.TPR, tpr, MetricFormulas.NO_POSITIVES, id, replicate, values, reasons);
        ReplicateCells.put(Metric.FNR, 1 - tpr, MetricFormulas.NO_POSITIVES, id, replicate, values, reasons);
        ReplicateCells.put(Metric.FPR, fpr, MetricFormulas.NO_NEGATIVES, id, replicate, values, reasons);
        ReplicateCells.put(Metric.TNR, 1 - fpr, MetricFormulas.NO_NEGATIVES, id, replicate, values, reasons);
        ReplicateCells.put(Metric.BALANCED_ACCURACY, (tpr + 1 - fpr) / 2,
                positives == 0 ? MetricFormulas.NO_POSITIVES : MetricFormulas.NO_NEGATIVES, id, replicate, values,
                reasons);
    }

    private void add(double blockPositives, double blockNegatives, double tp, double fp, ClassSplit split) {
        double drawn = split.drawnPositives();
        double a = blockPositives == 0 ? 1 : drawn / blockPositives;
        double b = blockNegatives == 0 ? 1 : (blockPositives + blockNegatives - drawn) / blockNegatives;
        positiveScales[blocks] = a;
        negativeScales[blocks] = b;
        truePositives[blocks] = a * tp;
        falsePositives[blocks] = b * fp;
        blocks++;
        positives += a * blockPositives;
        negatives += b * blockNegatives;
    }
}

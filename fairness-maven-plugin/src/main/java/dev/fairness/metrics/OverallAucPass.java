package dev.fairness.metrics;

/**
 * The ROC AUC of a grouping's own overall line in one replicate, with every block's positives weighted by
 * {@code a_b = P*_b / P_b} and its negatives by {@code b_b = N*_b / N_b} (its drawn class counts,
 * {@link OverallComposition}), instead of each group's fixed class counts. The overall AUC is a mixture over pairs of
 * blocks, {@code sum_ij P_i N_j AUC_ij / (P N)}: when the groups' score laws differ, its value moves with how many
 * positives and negatives each group has in the test set, and a {@code toOverall} comparison of AUC needs that
 * variance, as one of TPR does. Measured without it (coverage page, "Methods tried and not kept"): two groups of 200
 * at prevalence 0.1 whose AUCs differ so that the true {@code toOverallRatio} is 0.6 covered 77.2% of the sets.
 *
 * <p>One pass over the overall line's negatives, then its positives (the slot layout of {@link ReplicatePass}), with
 * the running sum of the negatives' scaled weights; a positive counts {@code 2 x below + 1 x tied} of them, times its
 * own block's {@code a}. With every weight 1 this is the plain AUC. Not thread-safe: one per thread, reused across
 * replicates and labels (its running sums are the one buffer it keeps).
 */
final class OverallAucPass {
    private double[] sums = new double[0];

    /**
     * Stores the composed AUC of the overall line {@code all} of a grouping in one replicate.
     *
     * @param block   the grouping's block of every slot of the overall layout ({@link #blocksBySlot})
     * @param weights the replicate's draw counts by slot of the overall layout
     */
    void store(GroupBlocks all, int[] block, OverallComposition composition, int[] weights, int id, int replicate,
               double[][] values, String[] reasons) {
        int n0 = all.start(0);
        int n1 = n0 + all.negatives(0);
        int p1 = all.end(0);
        if (sums.length < n1 - n0 + 1) {
            sums = new double[n1 - n0 + 1];
        }
        sums[0] = 0;
        double negatives = 0;
        for (int j = n0; j < n1; j++) {
            negatives += composition.negativeScale(block[j]) * weights[j];
            sums[j - n0 + 1] = negatives;
        }
        int[] above = all.negativesAbove();
        int[] through = all.negativesThrough();
        double positives = 0;
        double twiceAuc = 0;
        for (int k = n1; k < p1; k++) {
            double w = composition.positiveScale(block[k]) * weights[k];
            positives += w;
            double negativesThrough = sums[through[k]];
            twiceAuc += w * (2 * (negatives - negativesThrough) + (negativesThrough - sums[above[k]]));
        }
        boolean oneClass = positives == 0 || negatives == 0; // the reason's text only where it is needed
        ReplicateCells.put(Metric.AUC, oneClass ? Double.NaN : twiceAuc / (2 * positives * negatives),
                oneClass ? MetricFormulas.oneClassReason(Math.round(positives), Math.round(negatives)) : null, id,
                replicate, values, reasons);
    }

    /** The block of {@code b} of every slot of the overall layout {@code all}: fixed by the label and grouping. */
    static int[] blocksBySlot(GroupBlocks b, GroupBlocks all) {
        int[] own = new int[b.size()];
        for (int g = 0; g < b.blockCount(); g++) {
            java.util.Arrays.fill(own, b.start(g), b.end(g), g);
        }
        int[] out = new int[all.size()];
        b.moveWeights(own, all, out);
        return out;
    }
}

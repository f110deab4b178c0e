package dev.fairness.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ROC curve of one group: (FPR, TPR) at every distinct score used as the threshold (predicted positive iff
 * {@code score >= threshold}), from (0, 0) to (1, 1). Tied scores move both rates at once, a diagonal step, as in
 * scikit-learn's {@code roc_curve}; the area under these points is the tie-aware AUC of the metrics.
 *
 * @param points {@code {fpr, tpr}} pairs in increasing order, thinned for drawing (see {@link #of})
 */
record RocCurve(List<double[]> points) {
    /** Points closer than 1/{@value} of the axis to the last kept one are dropped: no visible change. */
    static final int RESOLUTION = 500;

    /**
     * The curve of the given rows, or null when they lack positives or negatives (the curve is undefined, like
     * the AUC).
     */
    static RocCurve of(boolean[] truth, double[] scores, int[] rows) {
        int positives = 0;
        for (int row : rows) {
            positives += truth[row] ? 1 : 0;
        }
        int negatives = rows.length - positives;
        if (positives == 0 || negatives == 0) {
            return null;
        }
        Integer[] order = Arrays.stream(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        List<double[]> points = new ArrayList<>();
        points.add(new double[]{0, 0});
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < order.length; i++) {
            if (truth[order[i]]) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = i == order.length - 1 || scores[order[i + 1]] != scores[order[i]];
            if (lastOfTie) {
                add(points, (double) fp / negatives, (double) tp / positives, i == order.length - 1);
            }
        }
        return new RocCurve(List.copyOf(points));
    }

    /** Keeps a point unless it is within the drawing resolution of the previous one (the last is always kept). */
    private static void add(List<double[]> points, double fpr, double tpr, boolean last) {
        double[] previous = points.get(points.size() - 1);
        boolean visible = Math.abs(fpr - previous[0]) * RESOLUTION >= 1 || Math.abs(tpr - previous[1]) * RESOLUTION >= 1;
        if (visible || last) {
            points.add(new double[]{fpr, tpr});
        }
    }

    /**
     * The highest TPR at a threshold whose FPR is at most {@code fpr}: what the model reaches for that many false
     * alarms. Read from the drawn points.
     */
    double tprAtFpr(double fpr) {
        double best = 0;
        for (double[] p : points) {
            if (p[0] <= fpr + 1e-12) {
                best = Math.max(best, p[1]);
            }
        }
        return best;
    }
}

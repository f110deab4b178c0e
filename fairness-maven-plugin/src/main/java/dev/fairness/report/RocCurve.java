package dev.fairness.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ROC curve of one group: (FPR, TPR) at every distinct score used as the threshold (predicted positive iff
 * {@code score >= threshold}), from (0, 0) to (1, 1). Tied scores move both rates at once, a diagonal step, as in
 * scikit-learn's {@code roc_curve}; the area under these points is the tie-aware AUC of the metrics.
 *
 * <p>A curve has at most {@value #MAX_POINTS} points, however many rows its group has: a point closer than
 * 1/{@value #RESOLUTION} of the axis to the last kept one is dropped (no visible change), and since both rates only
 * grow, every kept point but the first and last moves their sum by at least 1/{@value #RESOLUTION} of the 2 it can
 * grow in all.
 *
 * @param points {@code {fpr, tpr}} pairs in increasing order, thinned for drawing (see {@link #of})
 */
record RocCurve(List<double[]> points) {
    /** Points closer than 1/{@value} of the axis to the last kept one are dropped: no visible change. */
    static final int RESOLUTION = 500;
    /** The most points a curve has: (0, 0), one per 1/{@value #RESOLUTION} step of the rates' sum, and the last. */
    static final int MAX_POINTS = 2 * RESOLUTION + 2;

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

    /**
     * False when a point {@code fpSteps} negatives and {@code tpSteps} positives past the last kept one is surely
     * within the drawing resolution, from counts alone: then {@code steps * RESOLUTION <= total - 1}, so the rate
     * moved by at most {@code (1 - 1/total) / RESOLUTION}, and the rounding of {@link #add}'s divisions (below
     * 10^-12) cannot lift it to {@code 1 / RESOLUTION}. Saves the divisions at the million tie blocks that are not
     * drawn; where it says true, {@link #add} decides as before.
     */
    static boolean mayBeVisible(int fpSteps, int negatives, int tpSteps, int positives) {
        return (long) fpSteps * RESOLUTION >= negatives || (long) tpSteps * RESOLUTION >= positives;
    }

    /**
     * Keeps a point unless it is within the drawing resolution of the previous one (the last is always kept).
     *
     * @return whether it was kept
     */
    static boolean add(List<double[]> points, double fpr, double tpr, boolean last) {
        double[] previous = points.get(points.size() - 1);
        boolean visible = Math.abs(fpr - previous[0]) * RESOLUTION >= 1 || Math.abs(tpr - previous[1]) * RESOLUTION >= 1;
        if (visible || last) {
            points.add(new double[]{fpr, tpr});
            return true;
        }
        return false;
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

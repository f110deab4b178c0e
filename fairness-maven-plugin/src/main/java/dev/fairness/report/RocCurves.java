package dev.fairness.report;

import dev.fairness.metrics.SortedLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * The ROC curves of every group of several groupings, read off the engine's one sort of a label in one pass over
 * its rows in score order: each row's packed groups ({@link GroupCodes}) are one random read for all groupings,
 * everything else is read in sequence. Each group's rows come in descending score order, so no group is sorted
 * again, and every curve has exactly the points {@link RocCurve#of} gives for the group's rows alone.
 */
final class RocCurves {
    private RocCurves() {
    }

    /**
     * As {@link #of(SortedLabel, GroupCodes, int[], int[])}, counting every group's rows and positives first (one more
     * pass; the report takes the counts from the reliability curves' pass instead).
     */
    static List<List<RocCurve>> of(SortedLabel order, GroupCodes codes) {
        int[] sizes = new int[codes.slots()];
        int[] positives = new int[codes.slots()];
        for (int i = 0; i < order.size(); i++) {
            int code = codes.code(order.rowAt(i));
            for (int k = 0; k < codes.groupings().size(); k++) {
                int s = codes.slot(code, k);
                if (s >= 0) {
                    sizes[s]++;
                    positives[s] += order.isPositiveAt(i) ? 1 : 0;
                }
            }
        }
        return of(order, codes, sizes, positives);
    }

    /**
     * Per grouping of {@code codes}, in its order, the curve of every group in group order (null for a group
     * without positives or negatives).
     *
     * @param sizes     rows per slot of {@code codes} (per group of every grouping)
     * @param positives positives per slot
     */
    static List<List<RocCurve>> of(SortedLabel order, GroupCodes codes, int[] sizes, int[] positives) {
        int slots = codes.slots();
        List<List<double[]>> points = new ArrayList<>(slots);
        for (int s = 0; s < slots; s++) {
            points.add(new ArrayList<>(List.<double[]>of(new double[]{0, 0})));
        }
        step(order, codes, sizes, positives, points);
        List<List<RocCurve>> curves = new ArrayList<>();
        for (int k = 0; k < codes.groupings().size(); k++) {
            List<RocCurve> ofGrouping = new ArrayList<>();
            for (int s = codes.offset(k); s < codes.offset(k + 1); s++) {
                if (positives[s] > 0 && positives[s] < sizes[s]) { // a curve needs both classes
                    RocCurve.add(points.get(s), 1.0, 1.0, true);
                    ofGrouping.add(new RocCurve(List.copyOf(points.get(s))));
                } else {
                    ofGrouping.add(null);
                }
            }
            curves.add(ofGrouping);
        }
        return curves;
    }

    /**
     * The pass: at the end of each of a group's tie blocks, the point its counts reach is a candidate once its
     * counts have moved far enough from the last kept point to be visible ({@link RocCurve#mayBeVisible}, kept as
     * a count to reach per class), and is kept as {@link RocCurve#add} decides. The counts alone rule out all but
     * about one in {@code rows / (2 * RESOLUTION)} tie blocks, so most rows cost a few comparisons per grouping.
     */
    private static void step(SortedLabel order, GroupCodes codes, int[] sizes, int[] positives,
                             List<List<double[]>> points) {
        int groupings = codes.groupings().size();
        int slots = sizes.length;
        int[] tp = new int[slots];
        int[] fp = new int[slots];
        int[] tpStep = new int[slots]; // the fewest steps that may be visible: ceil(total / RESOLUTION)
        int[] fpStep = new int[slots];
        int[] nextTp = new int[slots]; // counts at which a point may be visible: last kept + step
        int[] nextFp = new int[slots];
        double[] lastScore = new double[slots];
        for (int s = 0; s < slots; s++) {
            boolean drawn = positives[s] > 0 && positives[s] < sizes[s];
            tpStep[s] = steps(positives[s]);
            fpStep[s] = steps(sizes[s] - positives[s]);
            nextTp[s] = drawn ? tpStep[s] : Integer.MAX_VALUE;
            nextFp[s] = drawn ? fpStep[s] : Integer.MAX_VALUE;
        }
        int[] sortedCode = codes.inScoreOrder(order);
        for (int i = 0; i < sortedCode.length; i++) {
            int code = sortedCode[i];
            double score = order.scoreAt(i);
            int positive = order.isPositiveAt(i) ? 1 : 0;
            for (int k = 0; k < groupings; k++) {
                int s = codes.slot(code, k);
                if (s < 0) {
                    continue;
                }
                if ((tp[s] >= nextTp[s] || fp[s] >= nextFp[s]) && score != lastScore[s] // its last tie block ended
                        && RocCurve.add(points.get(s), (double) fp[s] / (sizes[s] - positives[s]),
                        (double) tp[s] / positives[s], false)) {
                    nextTp[s] = tp[s] + tpStep[s];
                    nextFp[s] = fp[s] + fpStep[s];
                }
                lastScore[s] = score;
                tp[s] += positive; // no branch on the class, which a predictor cannot guess
                fp[s] += 1 - positive;
            }
        }
    }

    /**
     * {@code ceil(total / RESOLUTION)}: fewer steps move a rate by at most {@code (1 - 1/total) / RESOLUTION}, which
     * the rounding of {@link RocCurve#add}'s divisions (below 10^-12) cannot lift to {@code 1 / RESOLUTION}
     * ({@link RocCurve#mayBeVisible}).
     */
    private static int steps(int total) {
        return Math.max(1, (total + RocCurve.RESOLUTION - 1) / RocCurve.RESOLUTION);
    }
}

package dev.fairness.report;

import dev.fairness.metrics.SortedLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * The ROC curves of every group of several groupings, read off the engine's one sort of a label in two passes over
 * its rows: the first reads each row's packed groups ({@link GroupCodes}) in score order, one random read per row
 * for all groupings, and counts every group's rows and positives; the second walks the rows in score order again,
 * sequentially, and steps every group's curve. Each group's rows come in descending score order, so no group is
 * sorted again, and every curve has exactly the points {@link RocCurve#of} gives for the group's rows alone.
 */
final class RocCurves {
    private RocCurves() {
    }

    /**
     * Per grouping of {@code codes}, in its order, the curve of every group in group order (null for a group
     * without positives or negatives).
     */
    static List<List<RocCurve>> of(SortedLabel order, GroupCodes codes) {
        int n = order.size();
        int groupings = codes.groupings().size();
        int slots = codes.slots();
        int[] sizes = new int[slots];
        int[] positives = new int[slots];
        int[] sortedCode = new int[n];
        for (int i = 0; i < n; i++) {
            int code = codes.code(order.rowAt(i));
            sortedCode[i] = code;
            boolean positive = order.isPositiveAt(i);
            for (int k = 0; k < groupings; k++) {
                int s = codes.slot(code, k);
                if (s >= 0) {
                    sizes[s]++;
                    positives[s] += positive ? 1 : 0;
                }
            }
        }
        boolean[] drawn = new boolean[slots]; // a curve needs both classes
        List<List<double[]>> points = new ArrayList<>(slots);
        for (int s = 0; s < slots; s++) {
            drawn[s] = positives[s] > 0 && positives[s] < sizes[s];
            points.add(new ArrayList<>(List.<double[]>of(new double[]{0, 0})));
        }
        step(order, codes, sortedCode, sizes, positives, drawn, points);
        List<List<RocCurve>> curves = new ArrayList<>(groupings);
        for (int k = 0; k < groupings; k++) {
            List<RocCurve> ofGrouping = new ArrayList<>();
            for (int s = codes.offset(k); s < codes.offset(k + 1); s++) {
                if (drawn[s]) {
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
     * The second pass: at the end of each of a group's tie blocks, the point its counts reach, kept as
     * {@link RocCurve#add} decides (and passed over without a division where {@link RocCurve#mayBeVisible} says
     * it is surely too close to the last kept one).
     */
    private static void step(SortedLabel order, GroupCodes codes, int[] sortedCode, int[] sizes, int[] positives,
                             boolean[] drawn, List<List<double[]>> points) {
        int groupings = codes.groupings().size();
        int slots = sizes.length;
        int[] tp = new int[slots];
        int[] fp = new int[slots];
        int[] keptTp = new int[slots]; // the counts of the group's last kept point
        int[] keptFp = new int[slots];
        double[] lastScore = new double[slots];
        for (int i = 0; i < sortedCode.length; i++) {
            int code = sortedCode[i];
            double score = order.scoreAt(i);
            boolean positive = order.isPositiveAt(i);
            for (int k = 0; k < groupings; k++) {
                int s = codes.slot(code, k);
                if (s < 0 || !drawn[s]) {
                    continue;
                }
                if (tp[s] + fp[s] > 0 && score != lastScore[s] // the group's previous tie block ended
                        && RocCurve.mayBeVisible(fp[s] - keptFp[s], sizes[s] - positives[s], tp[s] - keptTp[s],
                        positives[s])
                        && RocCurve.add(points.get(s), (double) fp[s] / (sizes[s] - positives[s]),
                        (double) tp[s] / positives[s], false)) {
                    keptFp[s] = fp[s];
                    keptTp[s] = tp[s];
                }
                lastScore[s] = score;
                if (positive) {
                    tp[s]++;
                } else {
                    fp[s]++;
                }
            }
        }
    }
}

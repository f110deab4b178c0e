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
     * about one in {@code rows / (2 * RESOLUTION)} tie blocks, so a row costs a few instructions per grouping, in
     * a loop per grouping small enough to be compiled early in a cold JVM.
     */
    private static void step(SortedLabel order, GroupCodes codes, int[] sizes, int[] positives,
                             List<List<double[]>> points) {
        int[] sorted = codes.inScoreOrder(order);
        Walk walk = new Walk(order, sizes, positives, points);
        for (int k = 0; k < codes.groupings().size(); k++) {
            walk.grouping(sorted, codes.shift(k) + 1, codes.mask(k), codes.offset(k));
        }
    }

    /** Every group's counts along the score order, and the points kept. */
    private static final class Walk {
        private final SortedLabel order;
        private final int[] sizes;
        private final int[] positives;
        private final List<List<double[]>> points;
        private final int[] tp;
        private final int[] fp;
        private final int[] tpStep; // the fewest steps that may be visible: ceil(total / RESOLUTION)
        private final int[] fpStep;
        private final int[] nextTp; // counts at which a point may be visible: last kept + step
        private final int[] nextFp;
        private final int[] lastRow; // the group's previous row in score order

        Walk(SortedLabel order, int[] sizes, int[] positives, List<List<double[]>> points) {
            int slots = sizes.length;
            this.order = order;
            this.sizes = sizes;
            this.positives = positives;
            this.points = points;
            tp = new int[slots];
            fp = new int[slots];
            tpStep = new int[slots];
            fpStep = new int[slots];
            nextTp = new int[slots];
            nextFp = new int[slots];
            lastRow = new int[slots];
            for (int s = 0; s < slots; s++) {
                boolean drawn = positives[s] > 0 && positives[s] < sizes[s];
                tpStep[s] = steps(positives[s]);
                fpStep[s] = steps(sizes[s] - positives[s]);
                nextTp[s] = drawn ? tpStep[s] : Integer.MAX_VALUE;
                nextFp[s] = drawn ? fpStep[s] : Integer.MAX_VALUE;
            }
        }

        /** One grouping's groups along the rows ({@link GroupCodes#inScoreOrder} values). */
        void grouping(int[] sorted, int shift, int mask, int offset) {
            int[] tp = this.tp;
            int[] fp = this.fp;
            int[] nextTp = this.nextTp;
            int[] nextFp = this.nextFp;
            int[] lastRow = this.lastRow;
            for (int i = 0; i < sorted.length; i++) {
                int value = sorted[i];
                int group = ((value >>> shift) & mask) - 1;
                if (group < 0) {
                    continue;
                }
                int s = offset + group;
                if (tp[s] >= nextTp[s] || fp[s] >= nextFp[s]) {
                    candidate(s, i);
                }
                lastRow[s] = i;
                int positive = value & 1;
                tp[s] += positive; // no branch on the class, which a predictor cannot guess
                fp[s] += 1 - positive;
            }
        }

        /** The point before row {@code i} of slot {@code s}'s group, kept when its tie block ended there and it shows. */
        private void candidate(int s, int i) {
            if (order.scoreAt(i) != order.scoreAt(lastRow[s])
                    && RocCurve.add(points.get(s), (double) fp[s] / (sizes[s] - positives[s]),
                    (double) tp[s] / positives[s], false)) {
                nextTp[s] = tp[s] + tpStep[s];
                nextFp[s] = fp[s] + fpStep[s];
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

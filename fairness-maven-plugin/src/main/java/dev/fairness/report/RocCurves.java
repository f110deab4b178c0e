package dev.fairness.report;

import dev.fairness.metrics.SortedGroups;
import dev.fairness.metrics.SortedLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * The ROC curves of every group of a grouping, read off the engine's one sort of a label in one pass over its rows
 * in score order: each row's groups are the code the metrics' pass read ({@link SortedGroups#codes}), so every read
 * is in sequence, no group is sorted again, and every curve has exactly the points {@link RocCurve#of} gives for
 * the group's rows alone. The groups' sizes and positives are the metrics' counts.
 */
final class RocCurves {
    private RocCurves() {
    }

    /** The curve of every group of grouping {@code k} of {@code order}, in group order (null: one class only). */
    static List<RocCurve> of(SortedGroups order, int k) {
        int groups = order.groupCount(k);
        int[] sizes = new int[groups];
        int[] positives = new int[groups];
        List<List<double[]>> points = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            sizes[g] = (int) order.rows(order.id(k, g));
            positives[g] = (int) order.positives(order.id(k, g));
            points.add(new ArrayList<>(List.<double[]>of(new double[]{0, 0})));
        }
        new Walk(order.label(), sizes, positives, points).grouping(order.codes(k), order.shift(k), order.mask(k));
        List<RocCurve> curves = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            if (positives[g] > 0 && positives[g] < sizes[g]) { // a curve needs both classes
                RocCurve.add(points.get(g), 1.0, 1.0, true);
                curves.add(new RocCurve(List.copyOf(points.get(g))));
            } else {
                curves.add(null);
            }
        }
        return curves;
    }

    /**
     * The pass: at the end of each of a group's tie blocks, the point its counts reach is a candidate once its
     * counts have moved far enough from the last kept point to be visible ({@link RocCurve#mayBeVisible}, kept as
     * a count to reach per class), and is kept as {@link RocCurve#add} decides. The counts alone rule out all but
     * about one in {@code rows / (2 * RESOLUTION)} tie blocks, so a row costs a few instructions, in a loop small
     * enough to be compiled early in a cold JVM.
     */
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
            int groups = sizes.length;
            this.order = order;
            this.sizes = sizes;
            this.positives = positives;
            this.points = points;
            tp = new int[groups];
            fp = new int[groups];
            tpStep = new int[groups];
            fpStep = new int[groups];
            nextTp = new int[groups];
            nextFp = new int[groups];
            lastRow = new int[groups];
            for (int g = 0; g < groups; g++) {
                boolean drawn = positives[g] > 0 && positives[g] < sizes[g];
                tpStep[g] = steps(positives[g]);
                fpStep[g] = steps(sizes[g] - positives[g]);
                nextTp[g] = drawn ? tpStep[g] : Integer.MAX_VALUE;
                nextFp[g] = drawn ? fpStep[g] : Integer.MAX_VALUE;
            }
        }

        /** The grouping's groups along the rows: group + 1 in {@code (code >>> shift) & mask}, 0 for none. */
        void grouping(int[] codes, int shift, int mask) {
            int[] tp = this.tp;
            int[] fp = this.fp;
            int[] nextTp = this.nextTp;
            int[] nextFp = this.nextFp;
            int[] lastRow = this.lastRow;
            for (int i = 0; i < codes.length; i++) {
                int g = ((codes[i] >>> shift) & mask) - 1;
                if (g < 0) {
                    continue;
                }
                if (tp[g] >= nextTp[g] || fp[g] >= nextFp[g]) {
                    candidate(g, i);
                }
                lastRow[g] = i;
                int positive = order.isPositiveAt(i) ? 1 : 0;
                tp[g] += positive;
                fp[g] += 1 - positive;
            }
        }

        /** The point before row {@code i} of group {@code g}, kept when its tie block ended there and it shows. */
        private void candidate(int g, int i) {
            if (order.scoreAt(i) != order.scoreAt(lastRow[g])
                    && RocCurve.add(points.get(g), (double) fp[g] / (sizes[g] - positives[g]),
                    (double) tp[g] / positives[g], false)) {
                nextTp[g] = tp[g] + tpStep[g];
                nextFp[g] = fp[g] + fpStep[g];
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

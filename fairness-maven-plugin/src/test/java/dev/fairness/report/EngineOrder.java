package dev.fairness.report;

import dev.fairness.groups.Grouping;
import dev.fairness.metrics.LabelMetricsCalculator;
import dev.fairness.metrics.RowGroups;
import dev.fairness.metrics.SortedGroups;
import dev.fairness.metrics.SortedLabel;

import java.util.ArrayList;
import java.util.List;

/** What the engine keeps of a label for the report's curves, made as the engine makes it, and reference curves. */
final class EngineOrder {
    private EngineOrder() {
    }

    static SortedGroups of(boolean[] truth, double[] scores, List<Grouping> groupings) {
        return new LabelMetricsCalculator().measure(SortedLabel.of(truth, scores), 0.5, groupings,
                RowGroups.of(groupings, scores.length)).order();
    }

    /** The ROC curves of every group of one grouping. */
    static List<RocCurve> roc(boolean[] truth, double[] scores, Grouping grouping) {
        return RocCurves.of(of(truth, scores, List.of(grouping)), 0);
    }

    /**
     * The reliability curve of these rows by the ECE's definition, computed alone: the rows sorted by descending
     * score, each bin's score sum added tie block by tie block (a block's score times its rows).
     */
    static ReliabilityCurve reliabilityOf(boolean[] truth, double[] scores, int[] rows) {
        double[] sorted = java.util.Arrays.stream(rows).mapToDouble(r -> scores[r] + 0.0).sorted().toArray();
        long[] n = new long[ReliabilityCurve.BINS];
        long[] positives = new long[ReliabilityCurve.BINS];
        double[] sum = new double[ReliabilityCurve.BINS];
        for (int row : rows) {
            int bin = Math.max(0, Math.min((int) Math.floor(scores[row] * 10), 9));
            n[bin]++;
            positives[bin] += truth[row] ? 1 : 0;
        }
        for (int i = sorted.length - 1; i >= 0; ) { // descending
            double s = sorted[i];
            int count = 0;
            while (i >= 0 && sorted[i] == s) {
                count++;
                i--;
            }
            int bin = Math.max(0, Math.min((int) Math.floor(s * 10), 9));
            sum[bin] += s * count;
        }
        List<ReliabilityCurve.Bin> bins = new ArrayList<>();
        for (int b = 0; b < ReliabilityCurve.BINS; b++) {
            if (n[b] > 0) {
                bins.add(new ReliabilityCurve.Bin(b, (int) n[b], sum[b] / n[b], (double) positives[b] / n[b]));
            }
        }
        return new ReliabilityCurve(List.copyOf(bins));
    }
}

package dev.fairness.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeSet;

/**
 * A deliberately straightforward implementation of the metric definitions, for cross-checking the
 * single-pass engine: per group it collects the group's rows and computes each metric directly from its
 * definition (O(n^2) pairs for AUC, one scan per distinct threshold for average precision). Returns only
 * defined values; undefined ones are NaN.
 */
final class NaiveMetrics {

    private NaiveMetrics() {
    }

    static EnumMap<Metric, Double> of(boolean[] truth, double[] scores, double threshold, int[] groupOf, int group) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < truth.length; r++) {
            if (groupOf == null || groupOf[r] == group) {
                rows.add(r);
            }
        }
        double n = rows.size();
        double pos = 0, neg = 0, tp = 0, fp = 0, sq = 0;
        for (int r : rows) {
            boolean y = truth[r];
            boolean predicted = scores[r] >= threshold;
            if (y) {
                pos++;
            } else {
                neg++;
            }
            if (predicted && y) {
                tp++;
            }
            if (predicted && !y) {
                fp++;
            }
            sq += (scores[r] - (y ? 1 : 0)) * (scores[r] - (y ? 1 : 0));
        }
        double fn = pos - tp;
        double tn = neg - fp;
        EnumMap<Metric, Double> m = new EnumMap<>(Metric.class);
        m.put(Metric.N, n);
        m.put(Metric.POSITIVES, pos);
        m.put(Metric.NEGATIVES, neg);
        m.put(Metric.PREVALENCE, pos / n);
        m.put(Metric.TPR, tp / pos);
        m.put(Metric.TNR, tn / neg);
        m.put(Metric.FPR, fp / neg);
        m.put(Metric.FNR, fn / pos);
        m.put(Metric.PPV, tp / (tp + fp));
        m.put(Metric.NPV, tn / (tn + fn));
        m.put(Metric.ACCURACY, (tp + tn) / n);
        m.put(Metric.BALANCED_ACCURACY, (tp / pos + tn / neg) / 2);
        m.put(Metric.F1, 2 * tp / (2 * tp + fp + fn));
        m.put(Metric.SELECTION_RATE, (tp + fp) / n);
        m.put(Metric.AUC, auc(truth, scores, rows));
        m.put(Metric.AVERAGE_PRECISION, averagePrecision(truth, scores, rows, pos));
        m.put(Metric.BRIER, sq / n);
        m.put(Metric.ECE, ece(truth, scores, rows));
        return m;
    }

    /** Mann-Whitney: fraction of (positive, negative) pairs ranked right, ties one half. */
    private static double auc(boolean[] truth, double[] scores, List<Integer> rows) {
        double pairs = 0, right = 0;
        for (int p : rows) {
            if (!truth[p]) {
                continue;
            }
            for (int q : rows) {
                if (truth[q]) {
                    continue;
                }
                pairs++;
                if (scores[p] > scores[q]) {
                    right += 1;
                } else if (scores[p] == scores[q]) {
                    right += 0.5;
                }
            }
        }
        return right / pairs;
    }

    /** scikit-learn's step sum: over distinct scores t, descending, (R(t) - R(previous t)) * P(t). */
    private static double averagePrecision(boolean[] truth, double[] scores, List<Integer> rows, double positives) {
        TreeSet<Double> thresholds = new TreeSet<>();
        for (int r : rows) {
            thresholds.add(scores[r]);
        }
        double ap = 0, previousRecall = 0;
        for (double t : thresholds.descendingSet()) {
            double tp = 0, fp = 0;
            for (int r : rows) {
                if (scores[r] >= t) {
                    if (truth[r]) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            double recall = tp / positives;
            ap += (recall - previousRecall) * (tp / (tp + fp));
            previousRecall = recall;
        }
        return ap;
    }

    /** 10 equal-width bins, bin = min(floor(10 s), 9): sum of n_b / N * |mean score - mean label|. */
    private static double ece(boolean[] truth, double[] scores, List<Integer> rows) {
        double ece = 0;
        for (int bin = 0; bin < 10; bin++) {
            double count = 0, sumScore = 0, sumLabel = 0;
            for (int r : rows) {
                if (Math.min((int) Math.floor(scores[r] * 10), 9) == bin) {
                    count++;
                    sumScore += scores[r];
                    sumLabel += truth[r] ? 1 : 0;
                }
            }
            if (count > 0) {
                ece += count / rows.size() * Math.abs(sumScore / count - sumLabel / count);
            }
        }
        return ece;
    }

    /**
     * The prevalence-dependent metrics of the rows with a positive real weight (a row counted {@code weight} times),
     * straight from their definitions: what the bootstrap's random class counts must give ({@link ClassSplit}).
     */
    static EnumMap<Metric, Double> weighted(boolean[] truth, double[] scores, double threshold, double[] weights) {
        double n = 0, pos = 0, tp = 0, fp = 0, tn = 0, fn = 0, sq = 0;
        double[] binCount = new double[10], binScore = new double[10], binLabel = new double[10];
        for (int r = 0; r < truth.length; r++) {
            double w = weights[r];
            boolean y = truth[r];
            boolean predicted = scores[r] >= threshold;
            n += w;
            pos += y ? w : 0;
            tp += y && predicted ? w : 0;
            fn += y && !predicted ? w : 0;
            fp += !y && predicted ? w : 0;
            tn += !y && !predicted ? w : 0;
            sq += w * (scores[r] - (y ? 1 : 0)) * (scores[r] - (y ? 1 : 0));
            int bin = Math.min((int) Math.floor(scores[r] * 10), 9);
            binCount[bin] += w;
            binScore[bin] += w * scores[r];
            binLabel[bin] += y ? w : 0;
        }
        EnumMap<Metric, Double> m = new EnumMap<>(Metric.class);
        m.put(Metric.PPV, tp / (tp + fp));
        m.put(Metric.NPV, tn / (tn + fn));
        m.put(Metric.ACCURACY, (tp + tn) / n);
        m.put(Metric.F1, 2 * tp / (2 * tp + fp + fn));
        m.put(Metric.SELECTION_RATE, (tp + fp) / n);
        m.put(Metric.TPR, tp / (tp + fn));
        m.put(Metric.FNR, fn / (tp + fn));
        m.put(Metric.FPR, fp / (fp + tn));
        m.put(Metric.TNR, tn / (fp + tn));
        m.put(Metric.BRIER, sq / n);
        double ece = 0;
        for (int bin = 0; bin < 10; bin++) {
            ece += Math.abs(binScore[bin] - binLabel[bin]) / n;
        }
        m.put(Metric.ECE, ece);
        m.put(Metric.AUC, weightedAuc(truth, scores, weights));
        TreeSet<Double> thresholds = new TreeSet<>();
        for (int r = 0; r < truth.length; r++) {
            if (weights[r] > 0) {
                thresholds.add(scores[r]);
            }
        }
        double ap = 0, previousRecall = 0;
        for (double t : thresholds.descendingSet()) {
            double atp = 0, afp = 0;
            for (int r = 0; r < truth.length; r++) {
                if (scores[r] >= t) {
                    atp += truth[r] ? weights[r] : 0;
                    afp += truth[r] ? 0 : weights[r];
                }
            }
            double recall = atp / pos;
            ap += (recall - previousRecall) * (atp / (atp + afp));
            previousRecall = recall;
        }
        m.put(Metric.AVERAGE_PRECISION, ap);
        return m;
    }

    /** Every weighted pair of a positive and a negative: 1 when the positive scores higher, 1/2 when tied. */
    private static double weightedAuc(boolean[] truth, double[] scores, double[] weights) {
        double pairs = 0, positives = 0, negatives = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i]) {
                positives += weights[i];
                for (int j = 0; j < truth.length; j++) {
                    if (!truth[j]) {
                        pairs += weights[i] * weights[j] * (scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0);
                    }
                }
            } else {
                negatives += weights[i];
            }
        }
        return pairs / (positives * negatives);
    }
}

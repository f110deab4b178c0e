package dev.fairness.metrics;

import java.util.EnumMap;

/**
 * The definition of every metric as a formula over a {@link GroupTally}, one place for all of them (design
 * notes, "Metrics: definitions"). A metric whose denominator is empty is undefined with a short reason,
 * never 0: a group without positives has no measurable sensitivity, and reporting 0 would make it look
 * maximally unfair. An empty group makes every rate undefined with reason {@value #EMPTY_GROUP}; counts are
 * always defined.
 */
final class MetricFormulas {
    static final String EMPTY_GROUP = "empty group";
    static final String NO_POSITIVES = "no positive samples";
    static final String NO_NEGATIVES = "no negative samples";
    static final String NO_PREDICTED_POSITIVES = "no predicted positives";
    static final String NO_PREDICTED_NEGATIVES = "no predicted negatives";
    static final String NO_POSITIVES_NOR_PREDICTED_POSITIVES = "no positive samples and no predicted positives";

    private MetricFormulas() {
    }

    static EnumMap<Metric, MetricValue> evaluate(GroupTally t) {
        EnumMap<Metric, MetricValue> m = new EnumMap<>(Metric.class);
        long n = t.n();
        long pos = t.positives();
        long neg = t.negatives();
        m.put(Metric.N, MetricValue.of(n));
        m.put(Metric.POSITIVES, MetricValue.of(pos));
        m.put(Metric.NEGATIVES, MetricValue.of(neg));
        if (n == 0) {
            for (Metric metric : Metric.values()) {
                if (!metric.isCount()) {
                    m.put(metric, MetricValue.undefined(EMPTY_GROUP));
                }
            }
            return m;
        }
        long tp = t.truePositives();
        long fp = t.falsePositives();
        long fn = t.falseNegatives();
        long tn = t.trueNegatives();

        MetricValue tpr = ratio(tp, pos, NO_POSITIVES);
        MetricValue tnr = ratio(tn, neg, NO_NEGATIVES);
        m.put(Metric.PREVALENCE, MetricValue.of((double) pos / n));
        m.put(Metric.TPR, tpr);
        m.put(Metric.TNR, tnr);
        m.put(Metric.FPR, ratio(fp, neg, NO_NEGATIVES));
        m.put(Metric.FNR, ratio(fn, pos, NO_POSITIVES));
        m.put(Metric.PPV, ratio(tp, tp + fp, NO_PREDICTED_POSITIVES));
        m.put(Metric.NPV, ratio(tn, tn + fn, NO_PREDICTED_NEGATIVES));
        m.put(Metric.ACCURACY, MetricValue.of((double) (tp + tn) / n));
        m.put(Metric.BALANCED_ACCURACY, balancedAccuracy(tpr, tnr));
        m.put(Metric.F1, ratio(2 * tp, 2 * tp + fp + fn, NO_POSITIVES_NOR_PREDICTED_POSITIVES));
        m.put(Metric.SELECTION_RATE, MetricValue.of((double) (tp + fp) / n));
        m.put(Metric.AUC, pos == 0 || neg == 0
                ? MetricValue.undefined(oneClassReason(pos, neg))
                : MetricValue.of(t.twiceAucPairs() / (2.0 * pos * neg)));
        m.put(Metric.AVERAGE_PRECISION, pos == 0
                ? MetricValue.undefined(NO_POSITIVES)
                : MetricValue.of(t.precisionRecallSum() / pos));
        m.put(Metric.BRIER, MetricValue.of(t.squaredErrorSum() / n));
        m.put(Metric.ECE, MetricValue.of(t.calibrationErrorSum() / n));
        return m;
    }

    /** AUC needs both classes; scikit-learn raises here, we say why and how many of each there are. */
    static String oneClassReason(long positives, long negatives) {
        return "only one class present (" + positives + " positives, " + negatives + " negatives)";
    }

    private static MetricValue ratio(long numerator, long denominator, String reasonIfEmpty) {
        return denominator == 0 ? MetricValue.undefined(reasonIfEmpty) : MetricValue.of((double) numerator / denominator);
    }

    /** (TPR + TNR) / 2, undefined with the undefined part's own reason. */
    private static MetricValue balancedAccuracy(MetricValue tpr, MetricValue tnr) {
        if (!tpr.isDefined()) {
            return tpr;
        }
        if (!tnr.isDefined()) {
            return tnr;
        }
        return MetricValue.of((tpr.value() + tnr.value()) / 2);
    }
}

package dev.fairness.metrics;

/**
 * A rate that is a proportion of cases counted on the test set: {@code successes} of {@code cases}. TPR and FNR
 * are proportions of a group's positives, FPR and TNR of its negatives, PPV of its predicted positives, NPV of its
 * predicted negatives, accuracy and selection rate of all its rows. Given its number of cases, each is binomial,
 * which is what the Wilson interval of a group's value ({@link WilsonScore}) and the MOVER interval of a
 * difference ({@link MoverDifference}) rest on. F1, AUC, average precision, Brier score, balanced accuracy and ECE
 * are not: they keep the bootstrap.
 *
 * @param successes the cases counted in the numerator
 * @param cases     the cases of the denominator, at least 1
 */
record CountedProportion(long successes, long cases) {

    CountedProportion {
        if (cases < 1 || successes < 0 || successes > cases) {
            throw new IllegalArgumentException(successes + " successes of " + cases + " cases");
        }
    }

    /** Whether the metric is a counted proportion. */
    static boolean isCounted(Metric metric) {
        return switch (metric) {
            case TPR, FNR, FPR, TNR, PPV, NPV, ACCURACY, SELECTION_RATE -> true;
            default -> false;
        };
    }

    /**
     * The counts behind one line's value on the test set, or null when the metric is not a counted proportion, the
     * value is undefined, or the line's values are not counts of a test set (replicates made without one, as in
     * tests of the gate, have means in their place).
     */
    static CountedProportion of(Metric metric, GapFamily.Cells cells, int id) {
        double m = cases(metric, cells, id);
        double p = cells.point(id, metric);
        if (!(m >= 1) || m != Math.rint(m) || Double.isNaN(p)) {
            return null;
        }
        double x = Math.rint(p * m);
        return Math.abs(x - p * m) < 1e-6 ? new CountedProportion((long) x, (long) m) : null;
    }

    /** The number of cases the proportion is taken over, or NaN when the metric is not a counted proportion. */
    static double cases(Metric metric, GapFamily.Cells cells, int id) {
        double n = cells.point(id, Metric.N);
        double predictedPositives = Math.round(cells.point(id, Metric.SELECTION_RATE) * n);
        return switch (metric) {
            case TPR, FNR -> cells.point(id, Metric.POSITIVES);
            case FPR, TNR -> cells.point(id, Metric.NEGATIVES);
            case PPV -> predictedPositives;
            case NPV -> n - predictedPositives;
            case ACCURACY, SELECTION_RATE -> n;
            default -> Double.NaN;
        };
    }
}

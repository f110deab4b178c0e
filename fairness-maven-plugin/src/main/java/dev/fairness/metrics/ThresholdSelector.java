package dev.fairness.metrics;

/**
 * Chooses a label's operating threshold on a set of scored rows (the test set, or a separate validation set).
 *
 * <p>Candidates are the distinct scores (predicted positive iff {@code score >= threshold}), as the points of
 * scikit-learn's {@code roc_curve(..., drop_intermediate=False)}, plus one threshold above every score (nothing
 * predicted positive). {@link ThresholdMethod#YOUDEN} and {@link ThresholdMethod#MAX_F1} take the candidate with
 * the largest value, the highest threshold on ties; {@link ThresholdMethod#TARGET_FPR} the lowest threshold whose
 * FPR is at most the target; {@link ThresholdMethod#TARGET_TPR} the highest threshold whose TPR is at least the
 * target. All counts are exact integers; one linear scan of the label's existing sort.
 */
public final class ThresholdSelector {
    private ThresholdSelector() {
    }

    /**
     * @param label    the rows to choose on, sorted
     * @param spec     how to choose; a fixed spec returns its threshold
     * @param chosenOn the name of that set, e.g. {@link OperatingPoint#TEST_SET}
     * @throws IllegalArgumentException when the set lacks the class the method needs (no positives, no negatives)
     */
    public static OperatingPoint choose(SortedLabel label, OperatingPointSpec spec, String chosenOn) {
        if (spec.isFixed()) {
            return OperatingPoint.fixed(spec.threshold());
        }
        boolean[] truth = label.sortedTruth();
        double[] scores = label.sortedScores();
        int n = label.size();
        long positives = 0;
        for (boolean t : truth) {
            positives += t ? 1 : 0;
        }
        long negatives = n - positives;
        ThresholdMethod method = spec.method();
        boolean needsPositives = method != ThresholdMethod.TARGET_FPR;
        boolean needsNegatives = method == ThresholdMethod.YOUDEN || method == ThresholdMethod.TARGET_FPR;
        if (needsPositives && positives == 0 || needsNegatives && negatives == 0) {
            throw new IllegalArgumentException(method.displayName() + " needs positive and negative samples, but the "
                    + chosenOn + " has " + positives + " positives and " + negatives + " negatives");
        }
        // candidate 0: above every score, nothing predicted positive
        double bestThreshold = n == 0 ? 0 : Math.nextUp(scores[0]);
        long bestTp = 0;
        long bestFp = 0;
        boolean targetMet = false;
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < n) {
            double s = scores[i];
            while (i < n && scores[i] == s) {
                if (truth[i]) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            boolean take = switch (method) {
                case YOUDEN -> youden(tp, fp, positives, negatives) > youden(bestTp, bestFp, positives, negatives);
                case MAX_F1 -> f1Greater(tp, fp, bestTp, bestFp, positives);
                case TARGET_FPR -> (double) fp / negatives <= spec.targetRate();
                case TARGET_TPR -> !targetMet && (double) tp / positives >= spec.targetRate();
                case FIXED -> throw new AssertionError();
            };
            if (take) {
                targetMet = true;
                bestThreshold = s;
                bestTp = tp;
                bestFp = fp;
            }
        }
        return new OperatingPoint(spec, bestThreshold, chosenOn,
                positives == 0 ? Double.NaN : (double) bestTp / positives,
                negatives == 0 ? Double.NaN : (double) bestFp / negatives);
    }

    /** Youden's J times positives x negatives, an exact integer: tp/P - fp/N = (tp N - fp P) / (P N). */
    private static long youden(long tp, long fp, long positives, long negatives) {
        return Math.subtractExact(Math.multiplyExact(tp, negatives), Math.multiplyExact(fp, positives));
    }

    /** F1 = 2 tp / (tp + fp + P), compared exactly as fractions. */
    private static boolean f1Greater(long tp, long fp, long otherTp, long otherFp, long positives) {
        return Math.multiplyExact(tp, otherTp + otherFp + positives) > Math.multiplyExact(otherTp, tp + fp + positives);
    }
}

package dev.fairness.gate;

import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Metric;

import java.util.List;

/**
 * The cases each metric rests on: the class behind its denominator (positives for TPR and FNR, negatives for FPR
 * and TNR, predicted positives for PPV, predicted negatives for NPV, both classes for AUC, average precision and
 * balanced accuracy, positives and predicted positives for F1). A rate from a handful of such cases looks exact
 * (one negative gives FPR 0 or 1 with a zero-width interval) while it says almost nothing, so a group with fewer
 * than the minimum class count is left out of rules on that metric, like a group below the minimum size.
 * Metrics over all rows (accuracy, selection rate, prevalence, Brier score, ECE) rest on n, which the minimum
 * group size covers.
 */
public final class ClassCounts {
    /**
     * The default minimum: the usual rule of thumb that a proportion needs about 10 cases of each outcome before
     * its normal or bootstrap interval can be trusted (the statistics page of the documentation shows the coverage by
     * class count, "Enough cases per metric (`minClassCount`)").
     */
    public static final int DEFAULT_MINIMUM = 10;

    /** One class count a metric needs, e.g. "negatives" with 5 cases. */
    public record Count(String className, String shortName, long cases) {
    }

    private ClassCounts() {
    }

    /** The class counts the metric rests on, in the group; empty for metrics over all rows. */
    public static List<Count> of(Metric metric, GroupMetrics group) {
        Count positives = new Count("positives", "pos", count(group, Metric.POSITIVES));
        Count negatives = new Count("negatives", "neg", count(group, Metric.NEGATIVES));
        Count predictedPositives = new Count("predicted positives", "pred+", predictedPositives(group));
        Count predictedNegatives = new Count("predicted negatives", "pred-", group.n() - predictedPositives.cases());
        return switch (metric) {
            case TPR, FNR -> List.of(positives);
            case FPR, TNR -> List.of(negatives);
            case PPV -> List.of(predictedPositives);
            case NPV -> List.of(predictedNegatives);
            case AUC, AVERAGE_PRECISION, BALANCED_ACCURACY -> List.of(positives, negatives);
            case F1 -> List.of(positives, predictedPositives);
            default -> List.of();
        };
    }

    /**
     * The smallest count the metric rests on when it is below the minimum, else null.
     *
     * @param minimum the minimum class count; 0 requires nothing
     */
    public static Count shortfall(Metric metric, GroupMetrics group, int minimum) {
        Count fewest = null;
        for (Count c : of(metric, group)) {
            if (c.cases() < minimum && (fewest == null || c.cases() < fewest.cases())) {
                fewest = c;
            }
        }
        return fewest;
    }

    /** {@code 5 negatives are fewer than the 10 that FPR needs (minClassCount)}: why a group is left out. */
    public static String reason(Metric metric, Count count, int minimum) {
        String name = count.cases() == 1 ? singular(count.className()) : count.className();
        return count.cases() + " " + name + (count.cases() == 1 ? " is" : " are") + " fewer than the " + minimum
                + " that " + metric.displayName() + " needs (minClassCount)";
    }

    private static String singular(String className) {
        return className.substring(0, className.length() - 1);
    }

    private static long count(GroupMetrics group, Metric metric) {
        return Math.round(group.get(metric).value());
    }

    /** Predicted positives are not stored as a count; selection rate × n gives them back exactly. */
    private static long predictedPositives(GroupMetrics group) {
        if (!group.get(Metric.SELECTION_RATE).isDefined()) {
            return 0;
        }
        return Math.round(group.get(Metric.SELECTION_RATE).value() * group.n());
    }
}

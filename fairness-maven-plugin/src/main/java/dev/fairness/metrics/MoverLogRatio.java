package dev.fairness.metrics;

/**
 * The interval of the log ratio of two independent counted proportions, {@code log(p1 / p2)}, by MOVER on the log
 * scale: the logarithm is monotone, so each group's Jeffreys bounds {@code (l, u)} ({@link JeffreysBounds}) give
 * bounds {@code (log l, log u)} of {@code log p}, and MOVER combines the two groups' as for a difference
 * ({@link MoverDifference}; Zou and Donner 2008 apply it to any sum of independently estimated parameters):
 * <pre>
 *   L = log(p1 / p2) - sqrt((log p1 - log l1)² + (log u2 - log p2)²)
 *   U = log(p1 / p2) + sqrt((log u1 - log p1)² + (log p2 - log l2)²)
 * </pre>
 * What {@code ratio} rules read instead of {@code d ± q·s} on the log scale: the bare bootstrap {@code q} of two
 * groups lets {@code certain} pass a selection-rate ratio at its limit too often (3.9% of 1,000 sets for two groups
 * of 1,000 at prevalence 0.5, target 3.5%; coverage page, "Methods tried and not kept"). Needs both counts above 0 (a
 * ratio with a value of 0 has no log and is not built); a count of all its cases has upper bound 1, log 0.
 */
record MoverLogRatio(double first, AdjustedBounds firstBounds, double second, AdjustedBounds secondBounds)
        implements AdjustedBounds {

    MoverLogRatio {
        if (!(first > 0 && second > 0)) {
            throw new IllegalArgumentException("a log ratio of " + first + " and " + second);
        }
    }

    /**
     * The log ratio {@code first / second} with the groups' Jeffreys bounds, or null when the metric is not a
     * counted proportion on a test set or either value is 0.
     */
    static MoverLogRatio of(Metric metric, GapFamily.Cells cells, int first, int second) {
        CountedProportion a = CountedProportion.of(metric, cells, first);
        CountedProportion b = CountedProportion.of(metric, cells, second);
        if (a == null || b == null || a.successes() == 0 || b.successes() == 0) {
            return null;
        }
        return new MoverLogRatio((double) a.successes() / a.cases(), new JeffreysBounds(a),
                (double) b.successes() / b.cases(), new JeffreysBounds(b));
    }

    @Override
    public double lower(double critical) {
        double below = Math.log(first) - Math.log(firstBounds.lower(critical));
        double above = Math.log(secondBounds.upper(critical)) - Math.log(second);
        return Math.log(first / second) - Math.sqrt(below * below + above * above);
    }

    @Override
    public double upper(double critical) {
        double above = Math.log(firstBounds.upper(critical)) - Math.log(first);
        double below = Math.log(second) - Math.log(secondBounds.lower(critical));
        return Math.log(first / second) + Math.sqrt(above * above + below * below);
    }
}

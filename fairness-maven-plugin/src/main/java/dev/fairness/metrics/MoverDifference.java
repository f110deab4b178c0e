package dev.fairness.metrics;

/**
 * The interval of a difference of two independent counted proportions by the method of variance estimates
 * recovery (MOVER: Zou and Donner 2008, "Construction of confidence limits about effect measures: a general
 * approach", Statistics in Medicine 27:1693–1702; Newcombe 1998, "Interval estimation for the difference between
 * independent proportions", Statistics in Medicine 17:873–890, method 10 with Wilson bounds). With each group's
 * bounds {@code (l, u)} at the same critical value and {@code d = p1 - p2},
 * <pre>
 *   L = d - sqrt((p1 - l1)² + (u2 - p2)²),   U = d + sqrt((u1 - p1)² + (p2 - l2)²):
 * </pre>
 * each side of the difference takes the distance each group's bound lies on that side, so a skewed rate (an NPV of
 * 0.96) keeps its asymmetry and a rate of 0 or 1 still has width. The plugin takes each group's Jeffreys bounds
 * ({@link JeffreysBounds}; MOVER-J, as in Laud 2017, "Equal-tailed confidence intervals for comparison of rates",
 * Pharmaceutical Statistics 16:334–348) at the max-t critical value ({@link MaxT}), so the family's simultaneous
 * meaning stays. Why not Wilson's bounds (Newcombe's hybrid score) or the Agresti–Caffo interval used before:
 * computed exactly for two identical groups of 50 at prevalence 0.1, the NPV difference (about 37 predicted
 * negatives, NPV 0.96) contains 0 in 99.4% (Agresti–Caffo) and 98.9% (Wilson) of test sets, 96.7% with Jeffreys'
 * bounds; {@code src/test/resources/golden/newcombe.py} and the statistics page ("Intervals") give the figures.
 *
 * <p>The two groups must be independent samples: a group against the overall line that contains it is not.
 */
record MoverDifference(double first, AdjustedBounds firstBounds, double second, AdjustedBounds secondBounds)
        implements AdjustedBounds {

    /**
     * The MOVER difference {@code first - second} with the groups' Jeffreys bounds, or null when the metric is not
     * a proportion of cases counted on a test set (replicates made without one, as in tests of the gate).
     */
    static MoverDifference of(Metric metric, GapFamily.Cells cells, int first, int second) {
        CountedProportion a = CountedProportion.of(metric, cells, first);
        CountedProportion b = CountedProportion.of(metric, cells, second);
        if (a == null || b == null) {
            return null;
        }
        return new MoverDifference((double) a.successes() / a.cases(), new JeffreysBounds(a),
                (double) b.successes() / b.cases(), new JeffreysBounds(b));
    }

    @Override
    public double lower(double critical) {
        double below = first - firstBounds.lower(critical);
        double above = secondBounds.upper(critical) - second;
        return first - second - Math.sqrt(below * below + above * above);
    }

    @Override
    public double upper(double critical) {
        double above = firstBounds.upper(critical) - first;
        double below = second - secondBounds.lower(critical);
        return first - second + Math.sqrt(above * above + below * below);
    }
}

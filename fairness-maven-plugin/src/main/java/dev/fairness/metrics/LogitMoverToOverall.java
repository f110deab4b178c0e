package dev.fairness.metrics;

/**
 * The interval of a group's AUC or F1 against its grouping's overall line ({@code toOverall}: {@code A_g − A_o};
 * {@code toOverallRatio}: {@code log(A_g / A_o)}), by MOVER for correlated estimates (Zou 2008; Newcombe 2011): each
 * line gets its own interval on the logit scale, {@code expit(logit(Â) ± q·s)} with {@code s} the standard deviation
 * of its replicates' logits, and the two are combined with the correlation {@code r} of their replicates (the
 * overall line contains the group):
 * <pre>
 *   L = d − sqrt(e_g² + e_o² − 2r·e_g·e_o),  e_g = Â_g − l_g, e_o = u_o − Â_o
 *   U = d + sqrt(e_g² + e_o² − 2r·e_g·e_o),  e_g = u_g − Â_g, e_o = Â_o − l_o
 * </pre>
 * (for the ratio the same with {@code log(Â_g / l_g)}, ..., and {@code r} of the replicates' logs). With symmetric
 * line intervals this is {@code d ± q·sd(d)}; what it changes is each line's shape. Why: an AUC's (or F1's) spread
 * follows its level (it shrinks near 1 or 0), so on its own scale a group whose AUC came out high on about 20
 * positives gets a short interval exactly when its estimate is far from the truth, and {@code d ± q·s} missed with
 * five groups of 200 at prevalence 0.1 in 10–14% of the sets (statistics page, "toOverall of AUC and F1"). The
 * logit takes the level out of each line's spread; the correlation keeps the overlap of the group and the line
 * that contains it. The overall line is not a mixture of the group's and the rest's AUC (pairs across groups
 * count), so unlike {@link MoverToOverall} this does not split the line; it needs only the two lines' replicates.
 *
 * <p>A line whose value is 0 or 1 on the test set or in a replicate has no logit: it keeps {@code Â ± q·s} on its
 * own scale ({@code toOverall}); a ratio then has no MOVER interval ({@link #of} returns null, {@code d ± q·s}).
 */
final class LogitMoverToOverall implements AdjustedBounds {
    private final Line group;
    private final Line overall;
    private final double correlation;
    private final boolean logRatio;

    /** One line's estimate and the spread of its replicates, on the logit scale when every value allows it. */
    private record Line(double estimate, double sd, boolean onLogit) {
        static Line of(double estimate, double[] replicates) {
            boolean onLogit = inside(estimate);
            for (int r = 0; r < replicates.length && onLogit; r++) {
                onLogit = Double.isNaN(replicates[r]) || inside(replicates[r]);
            }
            double[] scaled = replicates.clone();
            if (onLogit) {
                for (int r = 0; r < scaled.length; r++) {
                    scaled[r] = logit(scaled[r]); // NaN stays NaN
                }
            }
            return new Line(estimate, MaxT.standardDeviation(scaled), onLogit);
        }

        double lower(double critical) {
            return onLogit ? expit(logit(estimate) - critical * sd) : estimate - critical * sd;
        }

        double upper(double critical) {
            return onLogit ? expit(logit(estimate) + critical * sd) : estimate + critical * sd;
        }
    }

    private LogitMoverToOverall(Line group, Line overall, double correlation, boolean logRatio) {
        this.group = group;
        this.overall = overall;
        this.correlation = correlation;
        this.logRatio = logRatio;
    }

    /**
     * The bounds of the group's value {@code group} (replicates {@code groupReplicates}) against the overall line's,
     * or null for a ratio when either line has no logit.
     */
    static LogitMoverToOverall of(double group, double[] groupReplicates, double overall, double[] overallReplicates,
                                  boolean logRatio) {
        Line g = Line.of(group, groupReplicates);
        Line o = Line.of(overall, overallReplicates);
        if (logRatio && !(g.onLogit() && o.onLogit())) {
            return null;
        }
        return new LogitMoverToOverall(g, o, correlation(groupReplicates, overallReplicates, logRatio), logRatio);
    }

    @Override
    public double lower(double critical) {
        return estimate() - spread(distance(group.estimate(), group.lower(critical)),
                distance(overall.upper(critical), overall.estimate()));
    }

    @Override
    public double upper(double critical) {
        return estimate() + spread(distance(group.upper(critical), group.estimate()),
                distance(overall.estimate(), overall.lower(critical)));
    }

    /** Whether both lines are on the logit scale, so that the family's critical value is taken there. */
    boolean onLogit() {
        return group.onLogit() && overall.onLogit();
    }

    /** {@code logit(Â_g) − logit(Â_o)}. */
    double logitDifference() {
        return logit(group.estimate()) - logit(overall.estimate());
    }

    /** {@code logit(A*_g) − logit(A*_o)} by replicate (NaN where either is undefined); only when {@link #onLogit}. */
    static double[] logitDifferences(double[] groupReplicates, double[] overallReplicates) {
        double[] d = new double[groupReplicates.length];
        for (int r = 0; r < d.length; r++) {
            d[r] = logit(groupReplicates[r]) - logit(overallReplicates[r]);
        }
        return d;
    }

    /** {@code A_g − A_o}, or {@code log(A_g / A_o)}. */
    double estimate() {
        return logRatio ? Math.log(group.estimate() / overall.estimate()) : group.estimate() - overall.estimate();
    }

    /** The correlation of the two lines' replicates (of their logs for the ratio), over the replicates both define. */
    double correlation() {
        return correlation;
    }

    private double distance(double from, double to) {
        return logRatio ? Math.log(from / to) : from - to;
    }

    private double spread(double groupSide, double overallSide) {
        double squared = groupSide * groupSide + overallSide * overallSide
                - 2 * correlation * groupSide * overallSide;
        return Math.sqrt(Math.max(0, squared));
    }

    private static double correlation(double[] a, double[] b, boolean log) {
        int n = 0;
        double meanA = 0;
        double meanB = 0;
        for (int r = 0; r < a.length; r++) {
            if (!Double.isNaN(a[r]) && !Double.isNaN(b[r])) {
                n++;
                meanA += scale(a[r], log);
                meanB += scale(b[r], log);
            }
        }
        if (n < 2) {
            return 0;
        }
        meanA /= n;
        meanB /= n;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int r = 0; r < a.length; r++) {
            if (!Double.isNaN(a[r]) && !Double.isNaN(b[r])) {
                double x = scale(a[r], log) - meanA;
                double y = scale(b[r], log) - meanB;
                ab += x * y;
                aa += x * x;
                bb += y * y;
            }
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    private static double scale(double v, boolean log) {
        return log ? Math.log(v) : v;
    }

    private static boolean inside(double value) {
        return value > 0 && value < 1;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}

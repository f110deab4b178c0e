package dev.fairness.metrics;

/**
 * The interval of a group's AUC or F1 against its grouping's overall line ({@code toOverall}: {@code d = A_g − A_o};
 * {@code toOverallRatio}: {@code d = log(A_g / A_o)}): its shape from the logit scale, its width from the bootstrap
 * SD of {@code d}. With {@code δ = logit(A_g) − logit(A_o)}, {@code s_δ} and {@code s_d} the standard deviations of
 * the replicates' {@code δ*} and {@code d*}, and {@code m(δ)} the comparison at {@code A_g = expit(logit(Â_o) + δ)}
 * ({@code expit(logit(Â_o) + δ) − Â_o}, or its log ratio to {@code Â_o}), increasing, {@code m(δ̂) = d̂}:
 * <pre>
 *   L = d̂ + k·(m(δ̂ − q·s_δ) − m(δ̂)),   U = d̂ + k·(m(δ̂ + q·s_δ) − m(δ̂)),   k = s_d / (s_δ·m'(δ̂))
 * </pre>
 * with {@code m'(δ̂) = Â_g(1 − Â_g)} (difference) or {@code 1 − Â_g} (log ratio), and {@code q} the family's max-t
 * critical value taken from the {@code δ*} ({@link MaxT}: {@link #logitDifferences()} are the comparison's
 * replicates). To first order this is {@code d̂ ± q·s_d}, today's interval; what it adds is the skew of the
 * logit's map back, longer towards the middle of [0, 1]. Why: an AUC's (or F1's) spread follows its level (it
 * shrinks near 1 or 0), so on its own scale a group whose AUC came out high on about 20 positives gets a short
 * interval exactly when its estimate is far from the truth: with five groups of 200 at prevalence 0.1, {@code d ± q·s}
 * missed in 10–14% of the sets, its lower bound above the truth (statistics page, "toOverall of AUC and F1"). The
 * width is {@code s_d}'s, not {@code s_δ} carried through {@code m} alone, because {@code m} holds the overall line
 * at its estimate: a group that carries most of the overall line, at another level than the rest, would get too
 * short an interval (measured: F1 of two groups of 200 at prevalence 0.1 far apart, 90.0%). Two other designs were
 * measured and not kept (statistics page): that plain map back, and MOVER on the two lines with their correlation
 * (two identical groups: 91.1% for {@code toOverallRatio}, both lines' skews added up although they cancel in
 * {@code d}).
 *
 * <p>Only when the two lines' values and every defined replicate lie strictly between 0 and 1 and {@code δ} varies
 * (a logit of 0 or 1 has no value): otherwise {@link #of} returns null and the comparison keeps {@code d ± q·s}.
 */
final class LogitShapeToOverall implements AdjustedBounds {
    private final double group;
    private final double overall;
    private final boolean logRatio;
    private final double delta;
    private final double[] logitDifferences;
    private final double deltaSd;
    private final double widthScale;

    private LogitShapeToOverall(double group, double overall, boolean logRatio, double[] logitDifferences,
                                double deltaSd, double naturalSd) {
        this.group = group;
        this.overall = overall;
        this.logRatio = logRatio;
        this.delta = logit(group) - logit(overall);
        this.logitDifferences = logitDifferences;
        this.deltaSd = deltaSd;
        double slope = logRatio ? 1 - group : group * (1 - group);
        this.widthScale = naturalSd / (deltaSd * slope);
    }

    /**
     * The bounds of the group's value {@code group} (replicates {@code groupReplicates}) against the overall line's,
     * or null when a value or replicate is 0 or 1, or {@code δ} does not vary.
     */
    static LogitShapeToOverall of(double group, double[] groupReplicates, double overall, double[] overallReplicates,
                                  boolean logRatio) {
        if (!inside(group) || !inside(overall)) {
            return null;
        }
        double[] delta = new double[groupReplicates.length];
        double[] natural = new double[groupReplicates.length];
        for (int r = 0; r < delta.length; r++) {
            double a = groupReplicates[r];
            double b = overallReplicates[r];
            if (Double.isNaN(a) || Double.isNaN(b)) {
                delta[r] = Double.NaN;
                natural[r] = Double.NaN;
            } else if (inside(a) && inside(b)) {
                delta[r] = logit(a) - logit(b);
                natural[r] = logRatio ? Math.log(a / b) : a - b;
            } else {
                return null;
            }
        }
        double deltaSd = MaxT.standardDeviation(delta);
        return deltaSd == 0 ? null
                : new LogitShapeToOverall(group, overall, logRatio, delta, deltaSd, MaxT.standardDeviation(natural));
    }

    /** {@code δ̂ = logit(Â_g) − logit(Â_o)}: the estimate the family's critical value is studentized around. */
    double logitDifference() {
        return delta;
    }

    /** {@code δ*} by replicate (NaN where either line is undefined). */
    double[] logitDifferences() {
        return logitDifferences;
    }

    /** {@code Â_g − Â_o}, or {@code log(Â_g / Â_o)}. */
    double estimate() {
        return logRatio ? Math.log(group / overall) : group - overall;
    }

    @Override
    public double lower(double critical) {
        return estimate() + widthScale * (map(delta - critical * deltaSd) - map(delta));
    }

    @Override
    public double upper(double critical) {
        return estimate() + widthScale * (map(delta + critical * deltaSd) - map(delta));
    }

    /** The comparison at {@code A_g = expit(logit(Â_o) + δ)}. */
    private double map(double d) {
        double g = expit(logit(overall) + d);
        return logRatio ? Math.log(g / overall) : g - overall;
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

package dev.fairness.metrics;

/**
 * A group's AUC against its grouping's overall line ({@code toOverall}, {@code toOverallRatio}) compared on the logit
 * scale: {@code δ = logit(A_g) − logit(A_o)} is what {@link MaxT} studentizes and bounds ({@code δ ± q·s_δ}), and the
 * bounds are mapped back through {@code A_o}'s estimate, {@code A_g = expit(logit(Â_o) + δ)}:
 * <pre>
 *   difference: expit(logit(Â_o) + δ) − Â_o        log ratio: log(expit(logit(Â_o) + δ) / Â_o)
 * </pre>
 * both increasing in {@code δ}, and equal to the test set's {@code A_g − A_o} (or its log ratio) at {@code δ̂}. Why:
 * an AUC's standard deviation shrinks as it nears 1, so on its own scale a group whose AUC came out high on about 20
 * positives gets a short interval exactly when its estimate is far from the truth; {@code (d − d̂)/s} is then skewed
 * and {@code d ± q·s} missed with five groups of 200 at prevalence 0.1 in 11–12% of the sets, its lower bound
 * above the truth (statistics page, "toOverall of AUC and F1"). The logit makes the spread nearly independent of
 * the level. The overall line's own spread enters through {@code s_δ}; taking {@code Â_o} for {@code A_o} in the
 * map back costs nothing at {@code δ = 0} and little beside it, because the overall line rests on all positives.
 *
 * <p>Only when the test set's two AUCs and every defined replicate lie strictly between 0 and 1 (a logit of 0 or 1
 * has no value): otherwise {@link #of} returns null and the comparison keeps {@code d ± q·s} on the AUC's scale.
 *
 * @param overall    the overall line's AUC on the test set, {@code Â_o}
 * @param logRatio   whether the comparison is the log ratio ({@code toOverallRatio}) rather than the difference
 * @param natural    the test set's {@code A_g − A_o} (or log ratio), kept as the comparison's estimate to the last bit
 * @param estimate   {@code δ̂}
 * @param replicates {@code δ*} by replicate (NaN where either AUC is undefined)
 */
record LogitToOverall(double overall, boolean logRatio, double natural, double estimate, double[] replicates) {

    /**
     * The logit-scale contrast of a group's AUC {@code group} (replicates {@code groupReplicates}) against the
     * overall line's, or null when one of them is 0 or 1 on the test set or in a replicate.
     */
    static LogitToOverall of(double group, double[] groupReplicates, double overall, double[] overallReplicates,
                             boolean logRatio) {
        if (!inside(group) || !inside(overall)) {
            return null;
        }
        double[] d = new double[groupReplicates.length];
        for (int r = 0; r < d.length; r++) {
            double a = groupReplicates[r];
            double b = overallReplicates[r];
            if (Double.isNaN(a) || Double.isNaN(b)) {
                d[r] = Double.NaN;
            } else if (inside(a) && inside(b)) {
                d[r] = logit(a) - logit(b);
            } else {
                return null;
            }
        }
        return new LogitToOverall(overall, logRatio, logRatio ? Math.log(group / overall) : group - overall,
                logit(group) - logit(overall), d);
    }

    /** The comparison of {@link MaxT}, bounded on the logit scale, mapped back to the rule's scale. */
    Comparison back(Comparison onLogit) {
        return new Comparison(onLogit.metric(), onLogit.first(), onLogit.second(), logRatio, natural,
                map(onLogit.lower()), map(onLogit.upper()));
    }

    /** {@code A_g − Â_o} or {@code log(A_g / Â_o)} at {@code A_g = expit(logit(Â_o) + δ)}. */
    double map(double delta) {
        double group = expit(logit(overall) + delta);
        return logRatio ? Math.log(group / overall) : group - overall;
    }

    private static boolean inside(double auc) {
        return auc > 0 && auc < 1;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}

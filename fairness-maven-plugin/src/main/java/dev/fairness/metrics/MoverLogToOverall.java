package dev.fairness.metrics;

/**
 * The interval of the log ratio of a group's counted rate to its grouping's overall line
 * ({@code toOverallRatio}), from the independent parts ({@link GroupAndRest}). With the group's share {@code w} and
 * {@code x = log(p_r / p_g)},
 * <pre>
 *   log(p_g / p_overall) = −log(w + (1 − w)·e^x) = f(x),
 * </pre>
 * decreasing in {@code x}: the MOVER log-ratio interval {@code (L_x, U_x)} of the rest to the group
 * ({@link MoverLogRatio}, from their Jeffreys bounds) gives {@code (f(U_x), f(L_x))}, and the share's own spread on
 * this scale, {@code q·sd(w)·|f'(x)| = q·sd(w)·|1 − e^x| / (w + (1 − w)·e^x)} (which is
 * {@code q·sd(w)·|p_g − p_r| / p_overall} at the estimate), is added to each side in quadrature, taken at the
 * {@code x} that side stands for ({@code U_x} for the lower bound, {@code L_x} for the upper), as
 * {@link MoverToOverall} takes it at its limits of {@code p_g − p_r}. Needs both rates above 0 (a log of 0 has no
 * interval; the comparison then keeps {@code d ± q·s}).
 */
record MoverLogToOverall(GroupAndRest parts, MoverLogRatio restToGroup) implements AdjustedBounds {

    /** The bounds, or null when the group's or the rest's rate is 0. */
    static MoverLogToOverall of(GroupAndRest parts) {
        if (parts.group().successes() == 0 || parts.rest().successes() == 0) {
            return null;
        }
        return new MoverLogToOverall(parts, new MoverLogRatio(parts.restRate(), new JeffreysBounds(parts.rest()),
                parts.groupRate(), new JeffreysBounds(parts.group())));
    }

    @Override
    public double lower(double critical) {
        double e = estimate();
        double x = restToGroup.upper(critical);
        return e - Math.hypot(e - f(x), composition(x, critical));
    }

    @Override
    public double upper(double critical) {
        double e = estimate();
        double x = restToGroup.lower(critical);
        return e + Math.hypot(f(x) - e, composition(x, critical));
    }

    /** log(p_g / p_overall). */
    double estimate() {
        return Math.log(parts.groupRate() / parts.overallRate());
    }

    private double f(double logRestToGroup) {
        double w = parts.share();
        return -Math.log(w + (1 - w) * Math.exp(logRestToGroup));
    }

    /** The share's term at {@code x = log(p_r / p_g)}: {@code q·sd(w)·|df/dw|}. */
    private double composition(double logRestToGroup, double critical) {
        double ratio = Math.exp(logRestToGroup);
        double w = parts.share();
        return critical * parts.shareSd() * Math.abs(1 - ratio) / (w + (1 - w) * ratio);
    }
}

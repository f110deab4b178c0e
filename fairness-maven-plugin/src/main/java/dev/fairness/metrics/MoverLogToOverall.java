package dev.fairness.metrics;

/**
 * The interval of the log ratio of a group's counted rate to its grouping's overall line
 * ({@code toOverallRatio}), from the independent parts ({@link GroupAndRest}). With the group's share {@code w} and
 * {@code x = log(p_r / p_g)},
 * <pre>
 *   log(p_g / p_overall) = −log(w + (1 − w)·e^x) = f(x),
 * </pre>
 * decreasing in {@code x}: the MOVER log-ratio interval {@code (L_x, U_x)} of the rest to the group
 * ({@link MoverLogRatio}, from their Jeffreys bounds) gives {@code (f(U_x), f(L_x))}, and the share's own spread,
 * {@code q·sd(w)·|p_g − p_r| / p_overall} on this scale, is added to each side in quadrature. Needs both rates
 * above 0 (a log of 0 has no interval; the comparison then keeps {@code d ± q·s}).
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
        return e - Math.hypot(e - f(restToGroup.upper(critical)), composition(critical));
    }

    @Override
    public double upper(double critical) {
        double e = estimate();
        return e + Math.hypot(f(restToGroup.lower(critical)) - e, composition(critical));
    }

    /** log(p_g / p_overall). */
    double estimate() {
        return Math.log(parts.groupRate() / parts.overallRate());
    }

    private double f(double logRestToGroup) {
        double w = parts.share();
        return -Math.log(w + (1 - w) * Math.exp(logRestToGroup));
    }

    private double composition(double critical) {
        return critical * parts.shareSd() * Math.abs(parts.groupRate() - parts.restRate()) / parts.overallRate();
    }
}

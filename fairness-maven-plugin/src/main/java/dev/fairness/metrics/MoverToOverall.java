package dev.fairness.metrics;

/**
 * The interval of a group's counted rate minus its grouping's overall line ({@code toOverall}), by MOVER
 * on the independent parts ({@link GroupAndRest}): {@code d = (1 − w)·(p_g − p_r)}, the group's and the rest's
 * Jeffreys bounds at the critical value combined as for two groups ({@link MoverDifference}) and scaled by
 * {@code 1 − w}, with the share's own spread added in quadrature:
 * <pre>
 *   L = d − sqrt((1 − w)²·((p_g − l_g)² + (u_r − p_r)²) + (q·sd(w)·(p_g − p_r))²)
 *   U = d + sqrt((1 − w)²·((u_g − p_g)² + (p_r − l_r)²) + (q·sd(w)·(p_g − p_r))²)
 * </pre>
 * What {@code d ± q·s} was replaced by: around a rate of a hundred cases the bootstrap SD is itself noisy and the
 * symmetric interval too short, so that five identical groups of 200 at prevalence 0.5 covered all their
 * comparisons in 91.0% of 1,000 sets (statistics page, "toOverall").
 */
record MoverToOverall(GroupAndRest parts) implements AdjustedBounds {

    @Override
    public double lower(double critical) {
        double pg = parts.groupRate();
        double pr = parts.restRate();
        double below = pg - new JeffreysBounds(parts.group()).lower(critical);
        double above = new JeffreysBounds(parts.rest()).upper(critical) - pr;
        return estimate() - spread(below, above, critical);
    }

    @Override
    public double upper(double critical) {
        double pg = parts.groupRate();
        double pr = parts.restRate();
        double above = new JeffreysBounds(parts.group()).upper(critical) - pg;
        double below = pr - new JeffreysBounds(parts.rest()).lower(critical);
        return estimate() + spread(above, below, critical);
    }

    /** The group's rate minus the overall line's. */
    double estimate() {
        return parts.groupRate() - parts.overallRate();
    }

    private double spread(double groupSide, double restSide, double critical) {
        double scale = 1 - parts.share();
        double composition = critical * parts.shareSd() * (parts.groupRate() - parts.restRate());
        return Math.sqrt(scale * scale * (groupSide * groupSide + restSide * restSide) + composition * composition);
    }
}

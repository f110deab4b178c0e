package dev.fairness.metrics;

/**
 * The bounds of a comparison of counted proportions at a given critical value, where the plain {@code d ± q·s}
 * (the Wald interval, with {@code s} the bootstrap standard deviation) is too short on tens of cases: the MOVER
 * interval of a difference of two groups ({@link MoverDifference}, from each group's {@link JeffreysBounds}), of
 * their log ratio ({@link MoverLogRatio}) and the
 * Wilson score interval of a single group's value ({@link WilsonScore}). {@link MaxT} gives the critical value, simultaneous over a family.
 */
interface AdjustedBounds {
    double lower(double critical);

    double upper(double critical);

    /**
     * The least number of comparisons whose family's critical value {@link MaxT} caps at Šidák's value: two, since
     * these bounds carry the heavy tails of few counted cases themselves; bounds that carry only part of their
     * comparison's skew need the bootstrap's heavier tail for longer ({@link LogitShapeToOverall}).
     */
    default int leastCappedFamily() {
        return 2;
    }
}

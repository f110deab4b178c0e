package dev.fairness.metrics;

/**
 * The Jeffreys bounds of a counted proportion: {@code x} successes of {@code m} cases get the {@code Phi(-z)} and
 * {@code Phi(z)} quantiles of Beta(x + 1/2, m - x + 1/2), the posterior under Jeffreys' prior, with the lower bound
 * 0 when {@code x = 0} and the upper bound 1 when {@code x = m} (Brown, Cai and DasGupta 2001, "Interval estimation
 * for a binomial proportion", Statistical Science 16:101–133, section 4.1.2). Equal-tailed: each bound misses on
 * its own side about {@code Phi(-z)} of the time, which is what the two sides of a MOVER difference
 * ({@link MoverDifference}) each rest on. A group's own value keeps its Wilson interval ({@link WilsonScore}).
 */
record JeffreysBounds(long successes, long cases) implements AdjustedBounds {

    JeffreysBounds(CountedProportion p) {
        this(p.successes(), p.cases());
    }

    JeffreysBounds {
        if (cases < 1 || successes < 0 || successes > cases) {
            throw new IllegalArgumentException(successes + " successes of " + cases + " cases");
        }
    }

    @Override
    public double lower(double z) {
        return successes == 0 ? 0
                : RegularizedBeta.inverse(NormalTail.above(z), successes + 0.5, cases - successes + 0.5);
    }

    @Override
    public double upper(double z) {
        return successes == cases ? 1
                : RegularizedBeta.inverse(1 - NormalTail.above(z), successes + 0.5, cases - successes + 0.5);
    }
}

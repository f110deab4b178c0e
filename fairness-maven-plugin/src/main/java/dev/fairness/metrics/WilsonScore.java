package dev.fairness.metrics;

/**
 * The Wilson score interval of a counted proportion (Wilson 1927, "Probable inference, the law of succession, and
 * statistical inference", JASA 22:209–212): the proportions {@code p} for which {@code |p̂ - p| <= z·sqrt(p(1 -
 * p)/m)}, with {@code p̂ = x/m} for {@code x} successes of {@code m} cases,
 * <pre>
 *   (p̂ + z²/(2m)) / (1 + z²/m)  ±  z / (1 + z²/m) · sqrt(p̂(1 - p̂)/m + z²/(4m²)).
 * </pre>
 *
 * <p>Why not the percentile bootstrap a group's value had before: for a proportion its replicates are binomial
 * around p̂, so the percentile interval is the Wald interval with a discrete edge; it has width 0 when the group's
 * rate is 0 or 1 (an NPV of 1 from 37 predicted negatives shows 1.000–1.000) and is too short when few cases fall on
 * one side. Measured on the coverage suite: an NPV near 0.96 from about 37 predicted negatives covered 77.5% of
 * the time. Wilson's interval never has width 0 for a count of at least 1, leans toward 1/2 where the estimate's
 * distribution is skewed, and keeps its coverage near the nominal level down to a few tens of cases (Brown, Cai and
 * DasGupta 2001, "Interval estimation for a binomial proportion", Statistical Science 16:101–133, recommend it for
 * small {@code m}). Its exact coverage for the suite's cells, averaged over the random counts, is computed by
 * {@code src/test/resources/golden/wilson.py}.
 *
 * <p>Given its number of cases, each counted proportion is binomial ({@link CountedProportion}), so the interval
 * holds conditionally on that number and therefore also for a random one (PPV over a random number of predicted
 * positives, accuracy over a group's rows).
 */
record WilsonScore(long successes, long cases) implements AdjustedBounds {

    WilsonScore(CountedProportion p) {
        this(p.successes(), p.cases());
    }

    WilsonScore {
        if (cases < 1 || successes < 0 || successes > cases) {
            throw new IllegalArgumentException(successes + " successes of " + cases + " cases");
        }
    }

    @Override
    public double lower(double z) {
        return successes == 0 ? 0 : Math.max(0, centre(z) - half(z)); // 0 exactly, not a rounding error above it
    }

    @Override
    public double upper(double z) {
        return successes == cases ? 1 : Math.min(1, centre(z) + half(z));
    }

    /** The two-sided interval at confidence {@code level}: {@code z} the normal quantile of {@code (1 + level)/2}. */
    double[] at(double level) {
        double z = NormalQuantile.of((1 + level) / 2);
        return new double[] {lower(z), upper(z)};
    }

    private double centre(double z) {
        double m = cases;
        double p = successes / m;
        return (p + z * z / (2 * m)) / (1 + z * z / m);
    }

    private double half(double z) {
        double m = cases;
        double p = successes / m;
        return z / (1 + z * z / m) * Math.sqrt(p * (1 - p) / m + z * z / (4 * m * m));
    }
}

package dev.fairness.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Simultaneous intervals for a family of signed comparisons by the studentized maximum over the bootstrap
 * replicates (the bootstrap max-t of Romano and Wolf 2005; a simultaneous band built like Westfall and Young's
 * single-step max-T). Each comparison {@code c} has its test-set estimate {@code d_c}, its replicates {@code d*_c}
 * and their standard deviation {@code s_c}; in each replicate {@code T* = max_c |d*_c - d_c| / s_c}, and with
 * {@code q} the {@code level} quantile of {@code T*} every comparison gets {@code d_c +- q s_c}. All of them hold
 * their true values at once with probability about {@code level}, so a gap derived from them (max - min, a ratio,
 * the worst group) holds its true value at least as often, however many groups there are. Measured in
 * the coverage suite ({@code dev.fairness.coverage.CoverageSuite}); figures on the coverage page of the documentation.
 *
 * <p>A comparison undefined in a replicate (a group's PPV without predicted positives) is left out of that
 * replicate's maximum; a replicate where no comparison is defined is an undefined replicate of the family. A
 * comparison that never varies (standard deviation 0) keeps its estimate as a zero-width interval, unless it is a
 * comparison of counted proportions (then its MOVER or Wilson interval has width).
 *
 * <p>A family of counted proportions gets at least one comparison's normal quantile ({@code z}, 1.96 at 95%): their
 * bounds (Wilson, MOVER with Jeffreys bounds) are calibrated on the binomial distribution at {@code z}, and a
 * simultaneous critical value is never below a single comparison's; a bootstrap {@code q} under {@code z} (two
 * groups, a discrete count, a few hundred replicates) is resampling noise, and measured it cost up to 1.5 points of
 * coverage (TPR difference of two groups of 50: 92.7% at the limit with the bare {@code q}, 93.7% with the floor;
 * statistics page, "Intervals"). Nor is it, for two or more comparisons, above Šidák's value for their
 * number ({@link #sidak}), which holds for normal comparisons of any correlation: a bootstrap {@code q} above it comes from
 * the heavy tails of replicates of a few counted cases (about 15 true positives among 50 predicted), which the MOVER
 * and Wilson bounds already carry, and measured it made those families too wide (PPV {@code toOverallRatio} of five
 * groups of 200 at prevalence 0.1 covered 98.8%; 95.4-95.9% with the cap, statistics page, "Intervals"). A
 * family of one comparison is not capped: there Šidák's value is {@code z} itself, the cap would only remove the
 * floor's resampling noise above it, and at {@code z} exactly the Jeffreys bounds of about 20 counted cases err
 * on one side too often (TPR of two groups of 200 at prevalence 0.1, 4,000 sets at the limit: a lower bound above
 * the truth in 3.6% at {@code z}, 3.4% with the floor alone). Nor is a family of AUC or F1 against the overall line
 * of two groups ({@link LogitShapeToOverall}): its two comparisons are one contrast ({@code g0 − o} and
 * {@code g1 − o} are both proportional to {@code g0 − g1}), and the logit path carries only part of the line's skew,
 * so the bootstrap's heavier tail is needed (AUC {@code toOverallRatio} of two groups of 200 at prevalence 0.1,
 * 4,000 sets: 92.8% and 92.5% with the cap, 93.2% and 92.9% without). Other families keep the bootstrap's {@code q}.
 */
final class MaxT {

    /**
     * One comparison's estimate and replicates (NaN where undefined, with the reason of the first); {@code adjusted}
     * gives the bounds of a comparison of counted proportions at the critical value (MOVER-Jeffreys for a difference
     * of two groups, Wilson for a single group's value), or is null for {@code d ± q·s}.
     */
    record Contrast(Metric metric, String first, String second, boolean logScale, double estimate,
                    double[] replicates, String reason, AdjustedBounds adjusted) {
    }

    /**
     * The family's simultaneous intervals.
     *
     * @param undefinedReplicates replicates where no comparison is defined
     * @param undefinedReason     why, in the first such replicate (null when none)
     * @param firstUndefined      the first such replicate, or -1
     */
    record Family(List<Comparison> comparisons, double critical, int replicates, int undefinedReplicates,
                  String undefinedReason, int firstUndefined) {
        boolean isDefined() {
            return undefinedReplicates < replicates;
        }
    }

    private MaxT() {
    }

    static Family of(List<Contrast> contrasts, double level, int replicates) {
        int m = contrasts.size();
        double[] sd = new double[m];
        for (int c = 0; c < m; c++) {
            sd[c] = standardDeviation(contrasts.get(c).replicates());
        }
        double[] maxima = new double[replicates];
        int defined = 0;
        String reason = null;
        int firstUndefined = -1;
        for (int r = 0; r < replicates; r++) {
            double max = -1;
            String firstReason = null;
            for (int c = 0; c < m; c++) {
                double v = contrasts.get(c).replicates()[r];
                if (Double.isNaN(v)) {
                    firstReason = firstReason == null ? contrasts.get(c).reason() : firstReason;
                    continue;
                }
                max = Math.max(max, sd[c] > 0 ? Math.abs(v - contrasts.get(c).estimate()) / sd[c] : 0);
            }
            if (max >= 0) {
                maxima[defined++] = max;
            } else if (reason == null) {
                reason = firstReason == null ? "undefined" : firstReason;
                firstUndefined = r;
            }
        }
        double critical = Double.NaN;
        if (defined > 0) {
            Arrays.sort(maxima, 0, defined);
            critical = Percentiles.ofSorted(maxima, defined, level);
            boolean counted = contrasts.stream().anyMatch(x -> x.adjusted() != null);
            if (counted || critical == 0) { // see the class comment
                critical = Math.max(critical, NormalQuantile.of((1 + level) / 2));
            }
            if (counted && m >= leastCapped(contrasts)) { // see the class comment
                critical = Math.min(critical, sidak(m, level));
            }
        }
        List<Comparison> comparisons = new ArrayList<>(m);
        for (int c = 0; c < m; c++) {
            Contrast x = contrasts.get(c);
            AdjustedBounds a = x.adjusted();
            double half = defined > 0 ? critical * sd[c] : Double.NaN;
            double lower = a != null && defined > 0 ? a.lower(critical) : x.estimate() - half;
            double upper = a != null && defined > 0 ? a.upper(critical) : x.estimate() + half;
            comparisons.add(new Comparison(x.metric(), x.first(), x.second(), x.logScale(), x.estimate(), lower,
                    upper));
        }
        return new Family(comparisons, critical, replicates, replicates - defined, reason, firstUndefined);
    }

    /** The least number of comparisons whose family is capped at Šidák's value: the largest its bounds ask for. */
    private static int leastCapped(List<Contrast> contrasts) {
        return contrasts.stream().filter(x -> x.adjusted() != null)
                .mapToInt(x -> x.adjusted().leastCappedFamily()).max().orElse(2);
    }

    /**
     * Šidák's critical value for {@code comparisons} two-sided normal comparisons at a joint {@code level}:
     * {@code Phi^-1((1 + level^(1/m)) / 2)}; by Šidák's inequality (1967) all of them hold at once with probability at
     * least {@code level} whatever their correlation. For one comparison it is the single normal quantile.
     */
    static double sidak(int comparisons, double level) {
        return NormalQuantile.of((1 + Math.pow(level, 1.0 / comparisons)) / 2);
    }

    /** The standard deviation of the defined values (n - 1 in the denominator); 0 with fewer than two. */
    static double standardDeviation(double[] values) {
        int count = 0;
        double mean = 0;
        double squares = 0;
        for (double v : values) { // Welford: stable for values far from 0
            if (Double.isNaN(v)) {
                continue;
            }
            count++;
            double delta = v - mean;
            mean += delta / count;
            squares += delta * (v - mean);
        }
        return count < 2 ? 0 : Math.sqrt(squares / (count - 1));
    }
}

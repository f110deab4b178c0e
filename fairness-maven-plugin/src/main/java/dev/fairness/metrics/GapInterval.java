package dev.fairness.metrics;

import java.util.List;

/**
 * A gap's interval and the simultaneous intervals of the signed comparisons it is derived from ({@link MaxT}).
 *
 * @param interval    the gap's interval (for {@code difference}: of max - min, derived from the pairs)
 * @param comparisons the family of signed comparisons, in group order; empty when the interval is a percentile one
 * @param critical    the max-t critical value (how many standard errors each bound lies from its centre: the
 *                    bootstrap one around the estimate; for counted proportions the bounds are taken at it,
 *                    {@code MoverDifference}, {@code WilsonScore}), or NaN for a percentile interval
 * @param method      {@code max-t} (simultaneous over the comparisons) or {@code percentile}
 */
public record GapInterval(Interval interval, List<Comparison> comparisons, double critical, String method) {
    public static final String MAX_T = "max-t";
    public static final String PERCENTILE = "percentile";

    public GapInterval {
        comparisons = List.copyOf(comparisons);
    }
}

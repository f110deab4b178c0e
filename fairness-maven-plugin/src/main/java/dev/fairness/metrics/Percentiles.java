package dev.fairness.metrics;

import java.util.Arrays;

/**
 * Percentile bootstrap intervals. Percentiles are NumPy's default ({@code numpy.percentile(...,
 * method='linear')}, Hyndman and Fan type 7): for {@code k} sorted values and probability {@code p}, the value at
 * position {@code h = (k - 1) p}, interpolated linearly between its neighbours. The bounds of a {@code level}
 * interval are the {@code (1 - level) / 2} and {@code (1 + level) / 2} percentiles of the defined replicates.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The type-7 percentile of values already sorted ascending; {@code p} in [0, 1]. */
    public static double ofSorted(double[] sorted, int count, double p) {
        if (count <= 0) {
            throw new IllegalArgumentException("no values");
        }
        double h = (count - 1) * p;
        int below = (int) Math.floor(h);
        if (below >= count - 1) {
            return sorted[count - 1];
        }
        double fraction = h - below;
        double a = sorted[below];
        double b = sorted[below + 1];
        return fraction == 0 ? a : a + fraction * (b - a);
    }

    /**
     * The percentile interval of one value's replicates.
     *
     * @param replicates      one value per replicate, NaN where the value is undefined; not modified
     * @param level           confidence level in (0, 1)
     * @param undefinedReason why the value is undefined in the first undefined replicate; null when none is
     */
    public static Interval interval(double[] replicates, double level, String undefinedReason) {
        double[] defined = new double[replicates.length];
        int count = 0;
        for (double v : replicates) {
            if (!Double.isNaN(v)) {
                defined[count++] = v;
            }
        }
        int undefined = replicates.length - count;
        String reason = undefined == 0 ? null : undefinedReason == null ? "undefined" : undefinedReason;
        if (count == 0) {
            return new Interval(Double.NaN, Double.NaN, level, replicates.length, undefined, reason);
        }
        Arrays.sort(defined, 0, count);
        double alpha = 1 - level;
        double lower = ofSorted(defined, count, alpha / 2);
        double upper = ofSorted(defined, count, 1 - alpha / 2);
        return new Interval(lower, Math.max(lower, upper), level, replicates.length, undefined, reason);
    }
}

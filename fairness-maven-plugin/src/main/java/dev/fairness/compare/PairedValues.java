package dev.fairness.compare;

import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Percentiles;

import java.util.List;

/**
 * Every compared quantity of every model of one label, on the test set and in each paired replicate, and the
 * intervals read off them: a model's own interval (the percentile interval; for a gap, the interval its own evaluation
 * derived, see {@link OwnGapIntervals}), and the percentile interval of the paired difference of two models (second −
 * first, replicate by replicate).
 */
public final class PairedValues {
    private final BootstrapSettings settings;
    private final List<PairedQuantity> quantities;
    private final double[][] points;
    private final double[][][] replicates;
    private final java.util.Map<String, Integer> pairs = new java.util.HashMap<>();
    private final java.util.Map<String, Interval> ownGapIntervals = new java.util.HashMap<>();

    PairedValues(BootstrapSettings settings, List<PairedQuantity> quantities, double[][] points,
                 double[][][] replicates) {
        this.settings = settings;
        this.quantities = List.copyOf(quantities);
        this.points = points;
        this.replicates = replicates;
    }

    public List<PairedQuantity> quantities() {
        return quantities;
    }

    /** Model {@code m}'s value of quantity {@code q} on the test set (NaN when undefined). */
    public double point(int m, int q) {
        return points[m][q];
    }

    /** True when the bootstrap ran, so that values have intervals. */
    public boolean hasIntervals() {
        return settings.enabled();
    }

    /**
     * Model {@code m}'s own interval of quantity {@code q}: for a gap, the one its own evaluation derived (null when
     * it has none for the same value); otherwise the percentile interval. Null without the bootstrap.
     */
    public Interval interval(int m, int q) {
        if (!hasIntervals()) {
            return null;
        }
        if (quantities.get(q) instanceof PairedQuantity.GapOf) {
            return ownGapIntervals.get(m + "/" + q);
        }
        return Percentiles.interval(replicates[m][q], settings.confidenceLevel(), "undefined in this replicate");
    }

    /** The difference of model {@code to} minus model {@code from} on the test set (NaN when either is undefined). */
    public double difference(int from, int to, int q) {
        return points[to][q] - points[from][q];
    }

    /** The percentile interval of the paired difference {@code to − from} of quantity {@code q}; null without it. */
    public Interval differenceInterval(int from, int to, int q) {
        if (!hasIntervals()) {
            return null;
        }
        return Percentiles.interval(differenceReplicates(from, to, q), settings.confidenceLevel(),
                "undefined for a model in this replicate");
    }

    /** Sets model {@code m}'s own interval of gap quantity {@code q} ({@link OwnGapIntervals}). */
    void useOwnGapInterval(int m, int q, Interval interval) {
        ownGapIntervals.put(m + "/" + q, interval);
    }

    /**
     * Reads the paired change of difference gap {@code gap} between two models off the signed difference of the two
     * groups that decide it in both ({@code pair}, a {@link PairedQuantity.PairDifference}).
     */
    void usePair(int gap, int from, int to, int pair) {
        pairs.put(gap + "/" + from + "/" + to, pair);
    }

    /** True when the change of quantity {@code q} from {@code from} to {@code to} is read off a fixed pair of groups. */
    public boolean isPaired(int from, int to, int q) {
        return pairs.containsKey(q + "/" + from + "/" + to);
    }

    /** The replicates of the paired difference (for tests and simulations). */
    double[] differenceReplicates(int from, int to, int q) {
        Integer pair = pairs.get(q + "/" + from + "/" + to);
        if (pair != null) {
            q = pair;
        }
        double[] d = new double[replicates[from][q].length];
        for (int r = 0; r < d.length; r++) {
            d[r] = replicates[to][q][r] - replicates[from][q][r];
        }
        return d;
    }
}

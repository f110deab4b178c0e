package dev.fairness.coverage;

import dev.fairness.metrics.Comparison;
import dev.fairness.metrics.GapInterval;

/**
 * What the diagnosis harnesses keep of each simulated set's gap family, per group {@code gN}: the comparison's
 * estimate and bounds, the SD its interval implies (half its width over the family's critical value) and the
 * critical value itself.
 */
final class ComparisonDraws {
    final double[][] estimate;
    final double[][] lower;
    final double[][] upper;
    final double[][] sd;
    final double[] critical;

    ComparisonDraws(int sets, int groups) {
        estimate = new double[sets][groups];
        lower = new double[sets][groups];
        upper = new double[sets][groups];
        sd = new double[sets][groups];
        critical = new double[sets];
    }

    /** Keeps set {@code s}'s family; each set writes only its own rows, so sets may be recorded in parallel. */
    void record(int s, GapInterval family) {
        critical[s] = family.critical();
        for (Comparison c : family.comparisons()) {
            int g = group(c);
            estimate[s][g] = c.estimate();
            lower[s][g] = c.lower();
            upper[s][g] = c.upper();
            sd[s][g] = (c.upper() - c.lower()) / (2 * family.critical());
        }
    }

    /** The index of the comparison's group, named {@code g0}, {@code g1}, ... by {@link SimulatedTestSet#names}. */
    static int group(Comparison c) {
        return Integer.parseInt(c.first().substring(1));
    }
}

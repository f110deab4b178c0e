package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A family of counted proportions never gets a critical value below one comparison's normal quantile; other
 * families keep the bootstrap's.
 */
class MaxTCriticalValueTest {
    private static final double Z975 = NormalQuantile.of(0.975);

    /** Replicates at estimate ± 1 standard deviation: every replicate's |T*| is about 1, so q is about 1. */
    private static double[] narrowReplicates(double estimate) {
        double[] r = new double[200];
        for (int i = 0; i < r.length; i++) {
            r[i] = estimate + (i % 2 == 0 ? 0.05 : -0.05);
        }
        return r;
    }

    @Test
    void aCountedRatesFamilyWhoseBootstrapQuantileIsBelowTheNormalOneTakesTheNormalOne() {
        AdjustedBounds bounds = new MoverDifference(0.7, new JeffreysBounds(14, 20), 0.6, new JeffreysBounds(12, 20));
        MaxT.Contrast c = new MaxT.Contrast(Metric.TPR, "a", "b", false, 0.1, narrowReplicates(0.1), null, bounds);
        MaxT.Family family = MaxT.of(List.of(c), 0.95, 200);
        assertEquals(Z975, family.critical(), 1e-12);
        assertEquals(bounds.lower(Z975), family.comparisons().get(0).lower(), 1e-12);
        assertEquals(bounds.upper(Z975), family.comparisons().get(0).upper(), 1e-12);
    }

    @Test
    void anAucFamilyKeepsTheBootstrapQuantile() {
        MaxT.Contrast c = new MaxT.Contrast(Metric.AUC, "a", "b", false, 0.1, narrowReplicates(0.1), null, null);
        MaxT.Family family = MaxT.of(List.of(c), 0.95, 200);
        double sd = MaxT.standardDeviation(narrowReplicates(0.1));
        assertEquals(0.05 / sd, family.critical(), 1e-9);
        assertEquals(0.1 - family.critical() * sd, family.comparisons().get(0).lower(), 1e-12);
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A family of counted proportions gets a critical value between one comparison's normal quantile and Šidák's value
 * for its number of comparisons (one comparison: no cap); other families keep the bootstrap's.
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

    /** Replicates with heavy tails: one in ten at estimate ± 1, the rest at ± 0.01; q is about 3.2. */
    private static double[] heavyTailedReplicates(double estimate) {
        double[] r = new double[200];
        for (int i = 0; i < r.length; i++) {
            double step = i % 20 < 2 ? 1 : 0.01;
            r[i] = estimate + (i % 2 == 0 ? step : -step);
        }
        return r;
    }

    @Test
    void aCountedRatesFamilyWhoseBootstrapQuantileIsAboveSidaksValueTakesSidaks() {
        List<MaxT.Contrast> five = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
            AdjustedBounds bounds = new MoverDifference(0.7, new JeffreysBounds(14, 20), 0.6,
                    new JeffreysBounds(12, 20));
            five.add(new MaxT.Contrast(Metric.PPV, "g" + g, "overall", false, 0.1, heavyTailedReplicates(0.1), null,
                    bounds));
        }
        MaxT.Family family = MaxT.of(five, 0.95, 200);
        assertEquals(MaxT.sidak(5, 0.95), family.critical(), 1e-12);
        assertEquals(five.get(0).adjusted().lower(MaxT.sidak(5, 0.95)), family.comparisons().get(0).lower(), 1e-12);
    }

    @Test
    void aCountedDifferenceOfTwoGroupsKeepsABootstrapQuantileAboveTheNormalOne() {
        // one comparison: Šidák's value would be z itself; the family keeps max(max-t, z)
        AdjustedBounds bounds = new MoverDifference(0.7, new JeffreysBounds(14, 20), 0.6, new JeffreysBounds(12, 20));
        MaxT.Contrast c = new MaxT.Contrast(Metric.TPR, "a", "b", false, 0.1, heavyTailedReplicates(0.1), null,
                bounds);
        MaxT.Family family = MaxT.of(List.of(c), 0.95, 200);
        double sd = MaxT.standardDeviation(heavyTailedReplicates(0.1));
        assertEquals(1 / sd, family.critical(), 1e-9);
        assertTrue(family.critical() > Z975);
        assertEquals(bounds.lower(1 / sd), family.comparisons().get(0).lower(), 1e-12);
    }

    @Test
    void anAucFamilyOfFiveComparisonsKeepsABootstrapQuantileAboveSidaksValue() {
        List<MaxT.Contrast> five = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
            five.add(new MaxT.Contrast(Metric.AUC, "g" + g, "g5", false, 0.1, heavyTailedReplicates(0.1), null, null));
        }
        MaxT.Family family = MaxT.of(five, 0.95, 200);
        double sd = MaxT.standardDeviation(heavyTailedReplicates(0.1));
        assertEquals(1 / sd, family.critical(), 1e-9);
        assertTrue(family.critical() > MaxT.sidak(5, 0.95));
    }

    /** AUC against the overall line along the logit path, with heavy-tailed replicates of its comparison. */
    private static List<MaxT.Contrast> aucAgainstTheLine(int groups) {
        double[] group = new double[200];
        double[] overall = new double[200];
        for (int i = 0; i < 200; i++) {
            group[i] = 0.8 + (i % 2 == 0 ? 0.05 : -0.05);
            overall[i] = 0.7 + (i % 4 < 2 ? 0.01 : -0.01);
        }
        List<MaxT.Contrast> contrasts = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            LogitShapeToOverall bounds = LogitShapeToOverall.of(0.8, group, 0.7, overall, false);
            assertNotNull(bounds);
            contrasts.add(new MaxT.Contrast(Metric.AUC, "g" + g, "overall", false, 0.1, heavyTailedReplicates(0.1),
                    null, bounds));
        }
        return contrasts;
    }

    @Test
    void anAucFamilyOfTwoGroupsAgainstTheirLineKeepsABootstrapQuantileAboveSidaksValue() {
        MaxT.Family family = MaxT.of(aucAgainstTheLine(2), 0.95, 200);
        assertEquals(1 / MaxT.standardDeviation(heavyTailedReplicates(0.1)), family.critical(), 1e-9);
        assertTrue(family.critical() > MaxT.sidak(2, 0.95));
    }

    @Test
    void anAucFamilyOfThreeGroupsAgainstTheirLineTakesSidaksValue() {
        MaxT.Family family = MaxT.of(aucAgainstTheLine(3), 0.95, 200);
        assertEquals(MaxT.sidak(3, 0.95), family.critical(), 1e-12);
    }

    /** Golden values: Python's statistics.NormalDist().inv_cdf((1 + 0.95 ** (1 / m)) / 2). */
    @Test
    void sidaksValueIsTheNormalQuantileOfEachComparisonsShareOfTheJointLevel() {
        assertEquals(1.9599639845400536, MaxT.sidak(1, 0.95), 1e-8);
        assertEquals(2.2364766445577895, MaxT.sidak(2, 0.95), 1e-8);
        assertEquals(2.5687631680114014, MaxT.sidak(5, 0.95), 1e-8);
        assertEquals(2.7996252193010864, MaxT.sidak(10, 0.95), 1e-8);
        assertEquals(3.6425712114695346, MaxT.sidak(190, 0.95), 1e-8);
    }
}

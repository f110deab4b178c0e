package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The simultaneous interval of a difference of two counted proportions is the MOVER one from the two groups'
 * Jeffreys bounds at the max-t critical value (of their log ratio, MOVER on the log scale), and of a single group's
 * counted proportion (the {@code worst} gap)
 * the Wilson one; when no comparison varies at all, the critical value is the normal quantile.
 */
class MoverJeffreysIntervalTest {
    private static final double Z975 = 1.959963984540054;

    /** Group x: 20 positives all detected, 20 negatives; group y the same with {@code yDetected} positives detected. */
    private static BootstrapReplicates twoGroups(int yDetected) {
        int rows = 80;
        boolean[] truth = new boolean[rows];
        double[] scores = new double[rows];
        int[] groupOf = new int[rows];
        for (int i = 0; i < rows; i++) {
            int g = i / 40;
            int j = i % 40;
            groupOf[i] = g;
            truth[i] = j < 20;
            boolean detected = truth[i] && (g == 0 || j < yDetected);
            boolean falseAlarm = !truth[i] && j < 24;
            scores[i] = detected || falseAlarm ? 0.6 + j / 1000.0 : 0.4 - j / 1000.0;
        }
        Grouping site = new Grouping("site", List.of("x", "y"), groupOf);
        return new Bootstrap(new BootstrapSettings(200, 0.95, 42), 1)
                .run("y", SortedLabel.of(truth, scores), 0.5, List.of(site), Set.of());
    }

    @Test
    void twoGroupsWhoseTprIsOneInEveryReplicateGetAnIntervalOfPositiveWidth() {
        GapInterval gap = twoGroups(20).gapInterval(Metric.TPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null);
        Comparison d = gap.comparisons().get(0);
        double q = gap.critical();
        assertEquals(Z975, q, 1e-8); // no replicate varies: one comparison's normal quantile
        double below = 1 - new JeffreysBounds(20, 20).lower(q); // 20 of 20: the upper bound is 1 itself
        assertEquals(0, d.estimate(), 1e-12);
        assertEquals(-below, d.lower(), 1e-12);
        assertEquals(below, d.upper(), 1e-12);
        assertTrue(below > 0.05, "half-width " + below);
    }

    @Test
    void aTprDifferenceTakesEachSideFromTheGroupsJeffreysBoundsOnThatSide() {
        GapInterval gap = twoGroups(14).gapInterval(Metric.TPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null);
        Comparison d = gap.comparisons().get(0);
        double q = gap.critical();
        JeffreysBounds x = new JeffreysBounds(20, 20);
        JeffreysBounds y = new JeffreysBounds(14, 20);
        assertEquals(1 - 14.0 / 20, d.estimate(), 1e-12);
        assertTrue(q >= NormalQuantile.of(0.975) && q < 2.5, "critical value " + q);
        assertEquals(0.3 - Math.hypot(1 - x.lower(q), y.upper(q) - 0.7), d.lower(), 1e-12);
        assertEquals(0.3 + Math.hypot(0, 0.7 - y.lower(q)), d.upper(), 1e-12);
        assertTrue(d.upper() - 0.3 > 0.3 - d.lower(), "y's longer lower tail widens the upper side: " + d.lower()
                + "–" + d.upper());
    }

    @Test
    void aTprRatioTakesEachSideOfItsLogFromTheGroupsJeffreysBoundsOnThatSide() {
        GapInterval gap = twoGroups(14).gapInterval(Metric.TPR, GapMethod.RATIO, "site", List.of("x", "y"), null);
        Comparison log = gap.comparisons().get(0);
        double q = gap.critical();
        JeffreysBounds x = new JeffreysBounds(20, 20);
        JeffreysBounds y = new JeffreysBounds(14, 20);
        double estimate = Math.log(1 / 0.7);
        assertEquals("log('x' / 'y')", log.describe());
        assertEquals(estimate, log.estimate(), 1e-12);
        assertTrue(q >= Z975 && q < 2.5, "critical value " + q);
        assertEquals(estimate - Math.hypot(-Math.log(x.lower(q)), Math.log(y.upper(q) / 0.7)), log.lower(), 1e-12);
        assertEquals(estimate + Math.hypot(0, Math.log(0.7 / y.lower(q))), log.upper(), 1e-12);
        assertEquals(Math.exp(-log.upper()), gap.interval().lower(), 1e-12);
        assertEquals(Math.exp(-Math.max(0, log.lower())), gap.interval().upper(), 1e-12);
    }

    @Test
    void twoGroupsWhoseTprIsOneInEveryReplicateGetARatioIntervalBelowOneNotTheCertaintyOfOneToOne() {
        // 20 of 20 positives detected in both groups: every replicate's ratio is 1, so d ± q·s on the log scale
        // was 1.000 (1.000–1.000); a TPR of 1 from 20 positives cannot rule out a true ratio of 0.9
        GapInterval gap = twoGroups(20).gapInterval(Metric.TPR, GapMethod.RATIO, "site", List.of("x", "y"), null);
        Comparison log = gap.comparisons().get(0);
        double below = -Math.log(new JeffreysBounds(20, 20).lower(gap.critical()));
        assertEquals(Z975, gap.critical(), 1e-8);
        assertEquals(-below, log.lower(), 1e-12);
        assertEquals(below, log.upper(), 1e-12);
        assertEquals(Math.exp(-below), gap.interval().lower(), 1e-12);
        assertEquals(1.0, gap.interval().upper(), 1e-12);
        assertTrue(gap.interval().lower() < 0.9, "ratio interval " + gap.interval());
    }

    @Test
    void aWorstGapOfACountedRateBoundsEachGroupByItsWilsonIntervalAtTheCriticalValueSoARateOfOneHasWidth() {
        // x detects all 20 positives in every replicate: d ± q·s was 1.000–1.000; Wilson's 20 of 20 is not
        GapInterval gap = twoGroups(14).gapInterval(Metric.TPR, GapMethod.WORST, "site", List.of("x", "y"), null);
        double q = gap.critical();
        Comparison x = gap.comparisons().get(0);
        Comparison y = gap.comparisons().get(1);
        assertEquals("'x'", x.describe());
        assertEquals(new WilsonScore(20, 20).lower(q), x.lower(), 1e-12);
        assertEquals(1.0, x.upper());
        assertTrue(x.lower() < 0.9, "x's lower bound " + x.lower());
        assertEquals(new WilsonScore(14, 20).lower(q), y.lower(), 1e-12);
        assertEquals(new WilsonScore(14, 20).upper(q), y.upper(), 1e-12);
        assertEquals(y.lower(), gap.interval().lower(), 1e-12); // the worst (lowest) TPR lies between the lowest bounds
        assertEquals(y.upper(), gap.interval().upper(), 1e-12);
    }

    @Test
    void anAucDifferenceKeepsItsEstimateAsCentre() {
        Comparison d = twoGroups(14).gapInterval(Metric.AUC, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null)
                .comparisons().get(0);
        assertEquals(d.estimate(), (d.lower() + d.upper()) / 2, 1e-12);
    }

    @Test
    void theNormalQuantileMatchesKnownValues() {
        assertEquals(Z975, NormalQuantile.of(0.975), 1e-8);
        assertEquals(-Z975, NormalQuantile.of(0.025), 1e-8);
        assertEquals(0, NormalQuantile.of(0.5), 1e-12);
        assertEquals(-3.090232306167813, NormalQuantile.of(0.001), 1e-8);
        assertEquals(3.090232306167813, NormalQuantile.of(0.999), 1e-8);
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The simultaneous interval of a difference of two counted proportions is the Agresti–Caffo one at the max-t
 * critical value, and of a single group's counted proportion (the {@code worst} gap) the Wilson one; when no
 * comparison varies at all, the critical value is the normal quantile.
 */
class AgrestiCaffoIntervalTest {
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
        Comparison d = twoGroups(20).gapInterval(Metric.TPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null)
                .comparisons().get(0);
        double p = 21.0 / 22; // (20 + 1) / (20 + 2)
        double se = Math.sqrt(2 * p * (1 - p) / 22);
        assertEquals(0, d.estimate(), 1e-12);
        assertEquals(-Z975 * se, d.lower(), 1e-9);
        assertEquals(Z975 * se, d.upper(), 1e-9);
    }

    @Test
    void aTprDifferenceIsCentredOnTheAdjustedDifferenceWithTheAdjustedStandardError() {
        GapInterval gap = twoGroups(14).gapInterval(Metric.TPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null);
        Comparison d = gap.comparisons().get(0);
        double px = 21.0 / 22;
        double py = 15.0 / 22;
        double se = Math.sqrt(px * (1 - px) / 22 + py * (1 - py) / 22);
        assertEquals(1 - 14.0 / 20, d.estimate(), 1e-12);
        assertTrue(gap.critical() > 1.5 && gap.critical() < 2.5, "critical value " + gap.critical());
        assertEquals(px - py - gap.critical() * se, d.lower(), 1e-9);
        assertEquals(px - py + gap.critical() * se, d.upper(), 1e-9);
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

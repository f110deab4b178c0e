package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.util.EnumMap;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The single-pass engine against {@link NaiveMetrics}, a per-group, straight-from-the-definition
 * implementation, on a seeded random data set with heavy score ties (21 distinct scores for 2,000 rows),
 * three groups of different size and prevalence, and rows in no group.
 */
class SinglePassCrossCheckTest {
    private static final int ROWS = 2_000;
    private static final double TOLERANCE = 1e-12;

    private final boolean[] truth = new boolean[ROWS];
    private final double[] scores = new double[ROWS];
    private final int[] groupOf = new int[ROWS];
    private final Grouping grouping;

    SinglePassCrossCheckTest() {
        Random random = new Random(42);
        double[] prevalence = {0.3, 0.6, 0.1};
        for (int r = 0; r < ROWS; r++) {
            double u = random.nextDouble();
            groupOf[r] = u < 0.02 ? Grouping.NO_GROUP : u < 0.55 ? 0 : u < 0.85 ? 1 : 2;
            int g = Math.max(groupOf[r], 0);
            truth[r] = random.nextDouble() < prevalence[g];
            int level = (int) Math.round(Math.min(20, Math.max(0, (truth[r] ? 7 : 0) + random.nextGaussian() * 4 + 6)));
            scores[r] = level / 20.0;
        }
        grouping = new Grouping("site", List.of("x", "y", "z"), groupOf);
    }

    @Test
    void everyMetricOfEveryGroupMatchesTheNaiveDefinitions() {
        for (double threshold : new double[] {0.5, 0.35, 0.0, 1.0, 1.5, -1}) {
            LabelMetrics result = new LabelMetricsCalculator().compute(truth, scores, threshold, List.of(grouping));
            assertMatches(NaiveMetrics.of(truth, scores, threshold, null, 0), result.overall(), "overall @" + threshold);
            for (int g = 0; g < 3; g++) {
                assertMatches(NaiveMetrics.of(truth, scores, threshold, groupOf, g),
                        result.groups("site").get(g), "group " + g + " @" + threshold);
            }
        }
    }

    @Test
    void integerWeightsGiveTheSameMetricsAsRepeatingEachRowThatOften() {
        Random random = new Random(7);
        int[] weights = new int[ROWS];
        int total = 0;
        for (int r = 0; r < ROWS; r++) {
            weights[r] = random.nextInt(4); // 0..3, as bootstrap draw counts
            total += weights[r];
        }
        boolean[] repeatedTruth = new boolean[total];
        double[] repeatedScores = new double[total];
        int[] repeatedGroups = new int[total];
        int at = 0;
        for (int r = 0; r < ROWS; r++) {
            for (int k = 0; k < weights[r]; k++) {
                repeatedTruth[at] = truth[r];
                repeatedScores[at] = scores[r];
                repeatedGroups[at] = groupOf[r];
                at++;
            }
        }
        LabelMetricsCalculator calculator = new LabelMetricsCalculator();
        LabelMetrics weighted = calculator.compute(SortedLabel.of(truth, scores), 0.5, List.of(grouping), weights);
        LabelMetrics repeated = calculator.compute(repeatedTruth, repeatedScores, 0.5,
                List.of(new Grouping("site", List.of("x", "y", "z"), repeatedGroups)));
        assertSame(repeated.overall(), weighted.overall());
        for (int g = 0; g < 3; g++) {
            assertSame(repeated.groups("site").get(g), weighted.groups("site").get(g));
        }
    }

    private static void assertMatches(EnumMap<Metric, Double> expected, GroupMetrics actual, String where) {
        for (Metric m : Metric.values()) {
            double e = expected.get(m);
            MetricValue a = actual.get(m);
            if (Double.isNaN(e)) {
                assertFalse(a.isDefined(), where + " " + m + " should be undefined, was " + a);
            } else {
                assertTrue(a.isDefined(), where + " " + m + " should be defined, was " + a);
                assertEquals(e, a.value(), TOLERANCE, where + " " + m);
            }
        }
    }

    private static void assertSame(GroupMetrics expected, GroupMetrics actual) {
        for (Metric m : Metric.values()) {
            assertEquals(expected.get(m).isDefined(), actual.get(m).isDefined(), m.toString());
            if (expected.get(m).isDefined()) {
                assertEquals(expected.get(m).value(), actual.get(m).value(), TOLERANCE, m.toString());
            }
        }
    }
}

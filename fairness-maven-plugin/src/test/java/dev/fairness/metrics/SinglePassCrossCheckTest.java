package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.util.EnumMap;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The single-pass engine against {@link NaiveMetrics}, a per-group, straight-from-the-definition
 * implementation, on seeded random 2,000-row data sets: three groups of different size and prevalence, rows
 * in no group, and a second grouping crossing the first. {@code tied} scores take 21 distinct values (every
 * tie block is large); {@code mixed} scores are mostly continuous (one-row blocks, the fast path) with a
 * fifth on a coarse grid (ties across groups).
 */
class SinglePassCrossCheckTest {
    private static final int ROWS = 2_000;
    private static final double TOLERANCE = 1e-12;

    /** A random data set. */
    private static final class Data {
        final boolean[] truth = new boolean[ROWS];
        final double[] scores = new double[ROWS];
        final int[] site = new int[ROWS];
        final int[] sex = new int[ROWS];
        final List<Grouping> groupings;

        Data(String kind) {
            Random random = new Random(kind.equals("tied") ? 42 : 43);
            double[] prevalence = {0.3, 0.6, 0.1};
            for (int r = 0; r < ROWS; r++) {
                double u = random.nextDouble();
                site[r] = u < 0.02 ? Grouping.NO_GROUP : u < 0.55 ? 0 : u < 0.85 ? 1 : 2;
                sex[r] = random.nextInt(10) == 0 ? Grouping.NO_GROUP : random.nextInt(2);
                truth[r] = random.nextDouble() < prevalence[Math.max(site[r], 0)];
                double raw = (truth[r] ? 0.35 : 0) + random.nextGaussian() * 0.2 + 0.3;
                raw = Math.min(1, Math.max(0, raw));
                boolean onGrid = kind.equals("tied") || random.nextInt(5) == 0;
                scores[r] = onGrid ? Math.round(raw * 20) / 20.0 : raw;
            }
            groupings = List.of(new Grouping("site", List.of("x", "y", "z"), site),
                    new Grouping("sex", List.of("F", "M"), sex));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tied", "mixed"})
    void everyMetricOfEveryGroupMatchesTheNaiveDefinitions(String kind) {
        Data d = new Data(kind);
        for (double threshold : new double[] {0.5, 0.35, 0.0, 1.0, 1.5, -1}) {
            LabelMetrics result = new LabelMetricsCalculator().compute(d.truth, d.scores, threshold, d.groupings);
            assertMatches(NaiveMetrics.of(d.truth, d.scores, threshold, null, 0), result.overall(), "overall @" + threshold);
            for (int g = 0; g < 3; g++) {
                assertMatches(NaiveMetrics.of(d.truth, d.scores, threshold, d.site, g),
                        result.groups("site").get(g), "site " + g + " @" + threshold);
            }
            for (int g = 0; g < 2; g++) {
                assertMatches(NaiveMetrics.of(d.truth, d.scores, threshold, d.sex, g),
                        result.groups("sex").get(g), "sex " + g + " @" + threshold);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tied", "mixed"})
    void integerWeightsGiveTheSameMetricsAsRepeatingEachRowThatOften(String kind) {
        Data d = new Data(kind);
        Random random = new Random(7);
        int[] weights = new int[ROWS];
        int total = 0;
        for (int r = 0; r < ROWS; r++) {
            weights[r] = random.nextInt(4); // 0..3, as bootstrap draw counts
            total += weights[r];
        }
        boolean[] repeatedTruth = new boolean[total];
        double[] repeatedScores = new double[total];
        int[] repeatedSite = new int[total];
        int[] repeatedSex = new int[total];
        int at = 0;
        for (int r = 0; r < ROWS; r++) {
            for (int k = 0; k < weights[r]; k++) {
                repeatedTruth[at] = d.truth[r];
                repeatedScores[at] = d.scores[r];
                repeatedSite[at] = d.site[r];
                repeatedSex[at] = d.sex[r];
                at++;
            }
        }
        LabelMetricsCalculator calculator = new LabelMetricsCalculator();
        LabelMetrics weighted = calculator.compute(SortedLabel.of(d.truth, d.scores), 0.5, d.groupings, weights);
        LabelMetrics repeated = calculator.compute(repeatedTruth, repeatedScores, 0.5,
                List.of(new Grouping("site", List.of("x", "y", "z"), repeatedSite),
                        new Grouping("sex", List.of("F", "M"), repeatedSex)));
        assertSame(repeated.overall(), weighted.overall());
        for (String grouping : List.of("site", "sex")) {
            for (int g = 0; g < repeated.groups(grouping).size(); g++) {
                assertSame(repeated.groups(grouping).get(g), weighted.groups(grouping).get(g));
            }
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

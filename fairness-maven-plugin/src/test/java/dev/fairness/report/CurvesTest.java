package dev.fairness.report;

import dev.fairness.groups.Grouping;
import dev.fairness.metrics.SortedGroups;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The per-group ROC and reliability curves, computed by hand. */
class CurvesTest {
    private static final boolean[] TRUTH = {true, false, true, true, false, false, true};
    private static final double[] SCORES = {0.9, 0.8, 0.8, 0.55, 0.3, 0.05, 1.0};

    @Test
    void theRocCurveStepsThroughEveryDistinctScoreAndTiesMoveBothRatesAtOnce() {
        // rows 0..5: positives .9 .8 .55, negatives .8 .3 .05; the tie at .8 is one diagonal step
        RocCurve curve = RocCurve.of(TRUTH, SCORES, new int[]{0, 1, 2, 3, 4, 5});
        assertEquals(List.of("0.000 0.000", "0.000 0.333", "0.333 0.667", "0.333 1.000", "0.667 1.000", "1.000 1.000"),
                text(curve.points()));
    }

    @Test
    void theTprAtAFalsePositiveRateIsTheBestAtOrBelowIt() {
        RocCurve curve = RocCurve.of(TRUTH, SCORES, new int[]{0, 1, 2, 3, 4, 5});
        assertEquals(1.0 / 3, curve.tprAtFpr(0.1), 1e-12);
        assertEquals(1.0, curve.tprAtFpr(1.0 / 3), 1e-12);
    }

    @Test
    void aGroupWithOneClassHasNoRocCurve() {
        assertNull(RocCurve.of(TRUTH, SCORES, new int[]{0, 2, 6}));
        assertNull(RocCurve.of(TRUTH, SCORES, new int[]{}));
    }

    @Test
    void pointsCloserThanTheDrawingResolutionAreThinnedButTheEndIsKept() {
        int n = 20_000;
        boolean[] truth = new boolean[n];
        double[] scores = new double[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 2 == 0;
            scores[i] = (double) i / n;
            rows[i] = i;
        }
        RocCurve curve = RocCurve.of(truth, scores, rows);
        List<double[]> points = curve.points();
        assertEquals(1.0, points.get(points.size() - 1)[0]);
        assertEquals(1.0, points.get(points.size() - 1)[1]);
        assertEquals(true, points.size() <= 2 * RocCurve.RESOLUTION + 2, "at most one point per resolution step: " + points.size());
    }

    @Test
    void curvesReadOffTheEnginesSortHaveTheSamePointsAsEachGroupSortedAlone() {
        int n = 30_000;
        java.util.Random random = new java.util.Random(5);
        boolean[] truth = new boolean[n];
        double[] scores = new double[n];
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = random.nextInt(10) < 3;
            scores[i] = random.nextInt(4) == 0 ? random.nextInt(20) / 20.0 : random.nextDouble(); // many ties
            groupOf[i] = random.nextInt(20) == 0 ? Grouping.NO_GROUP : random.nextInt(4);
        }
        groupOf[7] = 3; // group 3: a single positive, no curve
        truth[7] = true;
        for (int i = 0; i < n; i++) {
            if (groupOf[i] == 3 && i != 7) {
                groupOf[i] = 2;
            }
        }
        Grouping grouping = new Grouping("site", List.of("a", "b", "c", "d"), groupOf);

        List<RocCurve> curves = EngineOrder.roc(truth, scores, grouping);

        for (int g = 0; g < 3; g++) {
            final int group = g;
            int[] rows = java.util.stream.IntStream.range(0, n).filter(r -> groupOf[r] == group).toArray();
            List<double[]> expected = RocCurve.of(truth, scores, rows).points();
            List<double[]> actual = curves.get(g).points();
            assertEquals(expected.size(), actual.size(), "points of group " + g);
            for (int p = 0; p < expected.size(); p++) {
                assertArrayEquals(expected.get(p), actual.get(p), "group " + g + ", point " + p);
            }
        }
        assertNull(curves.get(3));
    }

    @Test
    void aCurveOfAMillionRowsHasAtMostTheBoundedNumberOfPoints() {
        int n = 1_000_000;
        boolean[] truth = new boolean[n];
        double[] scores = new double[n];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < n; i++) {
            truth[i] = random.nextBoolean();
            scores[i] = random.nextDouble();
        }
        RocCurve curve = EngineOrder.roc(truth, scores, new Grouping("all", List.of("all"), new int[n])).get(0);

        assertEquals(1002, RocCurve.MAX_POINTS);
        assertEquals(true, curve.points().size() <= RocCurve.MAX_POINTS, curve.points().size() + " points");
        assertEquals(true, curve.points().size() > RocCurve.RESOLUTION, curve.points().size() + " points");
    }

    @Test
    void sortedOnceCurvesKeepTheSamePointsAsPerGroupCurvesAtGroupSizesAroundTheResolution() {
        // groups of 499 to 1,502 rows: a rate's step of 1/500 lands on, just under and just over a whole point
        int[] sizes = {499, 500, 501, 999, 1000, 1001, 1500, 1502};
        int n = java.util.Arrays.stream(sizes).sum();
        java.util.Random random = new java.util.Random(17);
        boolean[] truth = new boolean[n];
        double[] scores = new double[n];
        int[] groupOf = new int[n];
        List<String> names = new ArrayList<>();
        int row = 0;
        for (int g = 0; g < sizes.length; g++) {
            names.add("g" + g);
            for (int i = 0; i < sizes[g]; i++, row++) {
                groupOf[row] = g;
                truth[row] = i % 2 == 0 || random.nextInt(7) == 0;
                scores[row] = random.nextInt(3) == 0 ? random.nextInt(40) / 40.0 : random.nextDouble();
            }
        }
        List<RocCurve> curves = EngineOrder.roc(truth, scores, new Grouping("site", names, groupOf));

        for (int g = 0; g < sizes.length; g++) {
            final int group = g;
            int[] rows = java.util.stream.IntStream.range(0, n).filter(r -> groupOf[r] == group).toArray();
            assertEquals(exact(RocCurve.of(truth, scores, rows).points()), exact(curves.get(g).points()), "group " + g);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 140_000})
    void everyGroupOfGroupingsReadFromTheEnginesCodesHasTheCurvesOfItsOwnRows(int largest) {
        // 2, 5, 300 and 300 groups pack into one int (23 bits); with 140,000 (32 bits) each grouping has codes of its own
        int n = 40_000;
        java.util.Random random = new java.util.Random(23);
        boolean[] truth = new boolean[n];
        double[] scores = new double[n];
        int[] counts = {2, 5, 300, largest};
        List<Grouping> groupings = new ArrayList<>();
        List<int[]> groupOfs = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            groupOfs.add(new int[n]);
        }
        for (int i = 0; i < n; i++) {
            truth[i] = random.nextInt(4) == 0;
            scores[i] = random.nextInt(3) == 0 ? random.nextInt(30) / 30.0 : random.nextDouble();
            for (int k = 0; k < counts.length; k++) {
                groupOfs.get(k)[i] = random.nextInt(12) == 0 ? Grouping.NO_GROUP : random.nextInt(counts[k]);
            }
        }
        for (int k = 0; k < counts.length; k++) {
            List<String> names = java.util.stream.IntStream.range(0, counts[k]).mapToObj(g -> "g" + g).toList();
            groupings.add(new Grouping("grouping" + k, names, groupOfs.get(k)));
        }
        SortedGroups order = EngineOrder.of(truth, scores, groupings);

        for (int k = 0; k < counts.length; k++) {
            List<RocCurve> roc = RocCurves.of(order, k);
            List<ReliabilityCurve> reliability = ReliabilityCurve.ofGrouping(order, k);
            int[] groupOf = groupOfs.get(k);
            for (int g = 0; g < Math.min(counts[k], 40); g++) {
                final int group = g;
                int[] rows = java.util.stream.IntStream.range(0, n).filter(r -> groupOf[r] == group).toArray();
                RocCurve alone = RocCurve.of(truth, scores, rows);
                assertEquals(alone == null ? null : exact(alone.points()),
                        roc.get(g) == null ? null : exact(roc.get(g).points()), "grouping " + k + ", group " + g);
                assertEquals(EngineOrder.reliabilityOf(truth, scores, rows), reliability.get(g),
                        "grouping " + k + ", group " + g);
            }
        }
    }

    @Test
    void everyGroupsReliabilityCurveIsTheEceBinsOfItsOwnRowsToTheBit() {
        int n = 20_000;
        java.util.Random random = new java.util.Random(11);
        boolean[] truth = new boolean[n];
        double[] scores = new double[n];
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = random.nextInt(5) == 0;
            scores[i] = random.nextInt(10) == 0 ? 1.0 : random.nextInt(4) == 0 ? random.nextInt(50) / 50.0
                    : random.nextDouble();
            groupOf[i] = random.nextInt(15) == 0 ? Grouping.NO_GROUP : random.nextInt(3);
        }
        SortedGroups order = EngineOrder.of(truth, scores, List.of(new Grouping("site", List.of("a", "b", "c"), groupOf)));
        List<ReliabilityCurve> curves = ReliabilityCurve.ofGrouping(order, 0);

        for (int g = 0; g < 3; g++) {
            final int group = g;
            int[] rows = java.util.stream.IntStream.range(0, n).filter(r -> groupOf[r] == group).toArray();
            // records of doubles: equal only when every mean is the same to the bit
            assertEquals(EngineOrder.reliabilityOf(truth, scores, rows), curves.get(g), "group " + g);
        }
    }

    @Test
    void theReliabilityCurveHasTheMeanScoreAndObservedFrequencyOfEachNonEmptyEceBin() {
        SortedGroups order = EngineOrder.of(TRUTH, SCORES, List.of(new Grouping("all", List.of("all"), new int[7])));
        ReliabilityCurve curve = ReliabilityCurve.ofGrouping(order, 0).get(0);
        List<String> bins = new ArrayList<>();
        for (ReliabilityCurve.Bin b : curve.bins()) {
            bins.add(String.format(java.util.Locale.ROOT, "%d n=%d %.3f %.3f", b.index(), b.n(), b.meanScore(), b.observed()));
        }
        // a score of exactly 1.0 belongs to the last bin, as in the ECE
        assertEquals(List.of("0 n=1 0.050 0.000", "3 n=1 0.300 0.000", "5 n=1 0.550 1.000", "8 n=2 0.800 0.500",
                "9 n=2 0.950 1.000"), bins);
        assertNull(curve.bin(1));
    }

    /** Every point to the last bit. */
    private static List<String> exact(List<double[]> points) {
        return points.stream().map(java.util.Arrays::toString).toList();
    }

    private static List<String> text(List<double[]> points) {
        List<String> out = new ArrayList<>();
        for (double[] p : points) {
            out.add(String.format(java.util.Locale.ROOT, "%.3f %.3f", p[0], p[1]));
        }
        return out;
    }
}

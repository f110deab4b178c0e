package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The stratified bootstrap's contract on a seeded 600-row data set: site (3 groups, some rows in none, one group
 * of 5 rows) and sex, scores on a coarse grid so that tied scores are common.
 */
class BootstrapTest {
    private static final int ROWS = 600;
    private static final double THRESHOLD = 0.5;
    private static final BootstrapSettings SETTINGS = new BootstrapSettings(200, 0.95, 42);

    private final boolean[] truth = new boolean[ROWS];
    private final double[] scores = new double[ROWS];
    private final Grouping site;
    private final Grouping sex;
    private final SortedLabel label;

    BootstrapTest() {
        Random random = new Random(11);
        int[] siteOf = new int[ROWS];
        int[] sexOf = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            siteOf[r] = r < 5 ? 2 : random.nextInt(20) == 0 ? Grouping.NO_GROUP : random.nextInt(2);
            sexOf[r] = random.nextInt(2);
            truth[r] = random.nextDouble() < 0.35;
            double raw = (truth[r] ? 0.3 : 0) + 0.35 + 0.2 * random.nextGaussian();
            scores[r] = Math.round(Math.min(1, Math.max(0, raw)) * 20) / 20.0;
        }
        // the 5-row site 'z': positives at 0.2 and 0.3 (below the threshold), negatives at 0.7, 0.1 and 0.15
        double[] z = {0.2, 0.3, 0.7, 0.1, 0.15};
        for (int r = 0; r < 5; r++) {
            truth[r] = r < 2;
            scores[r] = z[r];
        }
        site = new Grouping("site", List.of("x", "y", "z"), siteOf);
        sex = new Grouping("sex", List.of("F", "M"), sexOf);
        label = SortedLabel.of(truth, scores);
    }

    private BootstrapReplicates run(int threads, List<Grouping> groupings) {
        return new Bootstrap(SETTINGS, threads).run("Effusion", label, THRESHOLD, groupings);
    }

    @Test
    void theSameSeedGivesIdenticalReplicatesOnEveryThreadCount() {
        BootstrapReplicates one = run(1, List.of(site, sex));
        for (int threads : new int[] {2, 3, 7}) {
            BootstrapReplicates many = run(threads, List.of(site, sex));
            assertSameReplicates(one, many, threads + " threads");
            assertEquals(one.group("sex", "F", Metric.AUC), many.group("sex", "F", Metric.AUC));
        }
    }

    /**
     * Without their own overall line, a grouping's replicates go two by two through one pass
     * ({@link ReplicatePairPass}); with it, one by one. Every group's replicate is the same bits either way, for an
     * odd number of replicates (the last one alone) and any thread count.
     */
    @Test
    void aGroupingsReplicatesReadTwoByTwoAreTheBitsOfThoseReadOneByOne() {
        BootstrapSettings odd = new BootstrapSettings(37, 0.95, 42);
        BootstrapReplicates oneByOne = new Bootstrap(odd, 1).run("Effusion", label, THRESHOLD, List.of(site, sex));
        for (int threads : new int[] {1, 2, 3}) {
            BootstrapReplicates twoByTwo = new Bootstrap(odd, threads).run("Effusion", label, THRESHOLD,
                    List.of(site, sex), Set.of());
            assertSameReplicates(oneByOne, twoByTwo, threads + " threads");
        }
    }

    /**
     * One {@link Bootstrap} reuses its workers' pass buffers ({@link ReplicateBuffers}) from label to label: after a
     * label three times as large, with every grouping's own overall line (the one-by-one pass, the whole-replicate
     * weights and the overall AUC's sums all left longer and filled), this label's replicates and toOverall gaps are
     * the bits of a fresh {@code Bootstrap}'s, on 1 and 2 threads.
     */
    @Test
    void aBootstrapReusingBuffersLeftByALargerLabelGivesTheBitsOfAFreshOne() {
        BootstrapSettings odd = new BootstrapSettings(37, 0.95, 42);
        int n = 3 * ROWS;
        boolean[] bigTruth = new boolean[n];
        double[] bigScores = new double[n];
        int[] bigSite = new int[n];
        int[] bigSex = new int[n];
        for (int r = 0; r < n; r++) {
            bigTruth[r] = truth[r % ROWS];
            bigScores[r] = scores[(r * 7) % ROWS];
            bigSite[r] = site.groupOf()[r % ROWS];
            bigSex[r] = sex.groupOf()[(r / 3) % ROWS];
        }
        List<Grouping> big = List.of(new Grouping("site", site.groupNames(), bigSite),
                new Grouping("sex", sex.groupNames(), bigSex));
        BootstrapReplicates fresh = new Bootstrap(odd, 1).run("Effusion", label, THRESHOLD, List.of(site, sex));
        for (int threads : new int[] {1, 2}) {
            Bootstrap reused = new Bootstrap(odd, threads);
            reused.run("Atelectasis", SortedLabel.of(bigTruth, bigScores), THRESHOLD, big);
            BootstrapReplicates again = reused.run("Effusion", label, THRESHOLD, List.of(site, sex));
            assertSameReplicates(fresh, again, threads + " threads");
            for (Metric m : List.of(Metric.AUC, Metric.TPR, Metric.BRIER)) {
                assertEquals(fresh.gap(m, GapMethod.TO_OVERALL, "site", List.of("x", "y", "z"), null),
                        again.gap(m, GapMethod.TO_OVERALL, "site", List.of("x", "y", "z"), null), m.name());
            }
        }
    }

    /** Every replicate of every metric of the overall line and of every group of site and sex, as in {@code expected}. */
    private void assertSameReplicates(BootstrapReplicates expected, BootstrapReplicates actual, String where) {
        assertEquals(expected.replicates(), actual.replicates());
        for (int r = 0; r < expected.replicates(); r++) {
            for (Metric m : Metric.values()) {
                assertEquals(expected.overallValue(r, m), actual.overallValue(r, m), where + ", replicate " + r);
                for (Grouping g : List.of(site, sex)) {
                    for (String group : g.groupNames()) {
                        assertEquals(expected.value(r, g.name(), group, m), actual.value(r, g.name(), group, m),
                                where + ", replicate " + r + ", " + group + " " + m);
                    }
                }
            }
        }
    }

    @Test
    void everyReplicateKeepsEveryGroupsSizeAndClassCounts() {
        LabelMetrics point = new LabelMetricsCalculator().compute(label, THRESHOLD, List.of(site, sex), null);
        BootstrapReplicates b = run(2, List.of(site, sex));
        for (int r = 0; r < SETTINGS.replicates(); r++) {
            for (Metric count : List.of(Metric.N, Metric.POSITIVES, Metric.NEGATIVES, Metric.PREVALENCE)) {
                assertEquals(point.overall().get(count), b.overallValue(r, count));
                for (Grouping g : List.of(site, sex)) {
                    for (String group : g.groupNames()) {
                        assertEquals(point.group(g.name(), group).get(count), b.value(r, g.name(), group, count));
                    }
                }
            }
        }
    }

    @Test
    void aReplicateIsTheWeightedMetricsOfItsOwnDraw() {
        BootstrapReplicates b = run(2, List.of(site, sex));
        LabelMetricsCalculator calculator = new LabelMetricsCalculator();
        List<Metric> split = List.of(ClassSplit.PREVALENCE_DEPENDENT);
        for (int r : new int[] {0, 1, 57, 199}) {
            // the site grouping's draw r, redone by hand and mapped back to rows
            GroupBlocks blocks = GroupBlocks.of(label, List.of(site.groupOf(), sex.groupOf()), new int[] {3, 2})[0]
                    .withSlotLayout();
            int[] slotWeights = new int[ROWS];
            long salt = SplitMix64.mix64(SplitMix64.salt("Effusion") ^ SplitMix64.salt("site"));
            SplitMix64 random = SplitMix64.forReplicate(42, salt, r);
            // first each block's random class counts, in block order (the last block: rows in no group)
            double[] positiveScale = new double[blocks.blockCount()];
            double[] negativeScale = new double[blocks.blockCount()];
            int drawn = 0;
            int positives = 0;
            for (int g = 0; g < blocks.blockCount(); g++) {
                int p = blocks.size(g) - blocks.negatives(g);
                int d = random.binomial(blocks.size(g), (double) p / blocks.size(g));
                positiveScale[g] = (double) d / p;
                negativeScale[g] = (double) (blocks.size(g) - d) / blocks.negatives(g);
                drawn += d;
                positives += p;
            }
            // then the strata's draws, block by block, negatives first
            Strata.of(blocks).draw(random, slotWeights);
            int[] rowWeights = new int[ROWS];
            for (int j = 0; j < ROWS; j++) {
                rowWeights[label.rowAt(blocks.slotPositions()[j])] = slotWeights[j];
            }
            LabelMetrics expected = calculator.compute(label, THRESHOLD, List.of(site), rowWeights);
            // its class-conditional rates and AUC with every block's drawn class counts (OverallComposition)
            double[] composed = new double[ROWS];
            for (int row = 0; row < ROWS; row++) {
                int block = site.groupOf()[row] == Grouping.NO_GROUP ? site.groupCount() : site.groupOf()[row];
                composed[row] = rowWeights[row] * (truth[row] ? positiveScale[block] : negativeScale[block]);
            }
            var composition = NaiveMetrics.weighted(truth, scores, THRESHOLD, composed);
            for (Metric m : List.of(Metric.TPR, Metric.FNR, Metric.FPR, Metric.TNR, Metric.AUC)) {
                assertEquals(composition.get(m), b.ownOverallValue(r, "site", m).value(), 1e-12,
                        "the site replicate's own overall line, " + m);
            }
            double a = (double) drawn / positives;
            double c = (double) (ROWS - drawn) / (ROWS - positives);
            var overallSplit = NaiveMetrics.weighted(truth, scores, THRESHOLD, scaled(rowWeights, -2, a, c, null));
            for (Metric m : List.of(Metric.AVERAGE_PRECISION, Metric.BRIER, Metric.ECE)) {
                assertEquals(overallSplit.get(m), b.ownOverallValue(r, "site", m).value(), 1e-12,
                        "the site replicate's own overall line, " + m);
            }
            for (int g = 0; g < site.groupCount(); g++) {
                String group = site.groupNames().get(g);
                var splitValues = NaiveMetrics.weighted(truth, scores, THRESHOLD,
                        scaled(rowWeights, g, positiveScale[g], negativeScale[g], site.groupOf()));
                for (Metric m : Metric.values()) {
                    MetricValue a1 = b.value(r, "site", group, m);
                    if (List.of(SmoothedCells.METRICS).contains(m)) {
                        continue; // redrawn from the group's confusion cells: SmoothedCellsTest
                    }
                    if (split.contains(m)) {
                        double e = splitValues.get(m);
                        assertEquals(!Double.isNaN(e), a1.isDefined(), group + " " + m);
                        if (a1.isDefined()) {
                            assertEquals(e, a1.value(), 1e-12, "replicate " + r + " " + group + " " + m);
                        }
                        continue;
                    }
                    MetricValue e = expected.group("site", group).get(m);
                    assertEquals(e.isDefined(), a1.isDefined(), group + " " + m);
                    if (e.isDefined()) {
                        assertEquals(e.value(), a1.value(), 1e-12, "replicate " + r + " " + group + " " + m);
                    }
                }
            }
        }
    }

    /** Row weights of one group (all rows for group -2) times {@code a} for positives and {@code c} for negatives. */
    private double[] scaled(int[] rowWeights, int group, double a, double c, int[] groupOf) {
        double[] w = new double[ROWS];
        for (int row = 0; row < ROWS; row++) {
            if (group == -2 || groupOf[row] == group) {
                w[row] = rowWeights[row] * (truth[row] ? a : c);
            }
        }
        return w;
    }

    @Test
    void theOverallLineIsResampledByClassAlone() {
        BootstrapReplicates b = run(1, List.of(site, sex));
        GroupBlocks all = GroupBlocks.overall(label).withSlotLayout();
        int[] slotWeights = new int[ROWS];
        SplitMix64 random = SplitMix64.forReplicate(42, SplitMix64.mix64(SplitMix64.salt("Effusion")), 3);
        int positives = ROWS - all.negatives(0);
        int drawn = random.binomial(ROWS, (double) positives / ROWS); // the class counts first, then the strata
        Strata.of(all).draw(random, slotWeights);
        int[] rowWeights = new int[ROWS];
        for (int j = 0; j < ROWS; j++) {
            rowWeights[label.rowAt(all.slotPositions()[j])] = slotWeights[j];
        }
        LabelMetrics expected = new LabelMetricsCalculator().compute(label, THRESHOLD, List.of(), rowWeights);
        assertEquals(expected.overall().get(Metric.AUC).value(), b.overallValue(3, Metric.AUC).value(), 1e-12);
        var split = NaiveMetrics.weighted(truth, scores, THRESHOLD, scaled(rowWeights, -2,
                (double) drawn / positives, (double) (ROWS - drawn) / (ROWS - positives), null));
        assertEquals(split.get(Metric.ECE), b.overallValue(3, Metric.ECE).value(), 1e-12);
    }

    @Test
    void prevalenceDependentMetricsVaryWithTheClassCountsAndClassConditionalOnesDoNot() {
        BootstrapReplicates b = run(1, List.of(sex));
        LabelMetrics point = new LabelMetricsCalculator().compute(label, THRESHOLD, List.of(sex), null);
        // a test set of n rows has a Binomial(n, selection rate) number of predicted positives; the class-stratified
        // replicate lacks that variance, the redrawn confusion cells (SmoothedCells) have it
        double[] selection = new double[SETTINGS.replicates()];
        for (int r = 0; r < selection.length; r++) {
            selection[r] = b.value(r, "sex", "F", Metric.SELECTION_RATE).value();
        }
        GroupMetrics f = point.group("sex", "F");
        double n = f.get(Metric.N).value();
        double sr = f.get(Metric.SELECTION_RATE).value();
        double expectedSd = Math.sqrt(sr * (1 - sr) / n); // a proportion of a random sample of n rows
        double sd = MaxT.standardDeviation(selection);
        assertTrue(sd > 0.85 * expectedSd && sd < 1.15 * expectedSd, sd + " against " + expectedSd);
    }

    @Test
    void anotherSeedGivesOtherReplicates() {
        BootstrapReplicates a = run(1, List.of(sex));
        BootstrapReplicates b = new Bootstrap(new BootstrapSettings(200, 0.95, 43), 1).run("Effusion", label, THRESHOLD,
                List.of(sex));
        assertNotEquals(a.value(0, "sex", "F", Metric.AUC), b.value(0, "sex", "F", Metric.AUC));
    }

    @Test
    void addingAGroupingLeavesTheOtherGroupingsIntervalsAlone() {
        BootstrapReplicates alone = run(1, List.of(sex));
        BootstrapReplicates both = run(1, List.of(site, sex));
        for (Metric m : Metric.values()) {
            assertEquals(alone.group("sex", "M", m), both.group("sex", "M", m));
            assertEquals(alone.overall(m), both.overall(m));
        }
    }

    @Test
    void aMetricUndefinedInSomeReplicatesIsCountedWithItsReason() {
        // site 'z' has 2 positives among 5 rows; a replicate that draws 0 positives for its random class counts
        // (probability (3/5)^5 = 0.078) has no average precision
        Interval ap = run(2, List.of(site)).group("site", "z", Metric.AVERAGE_PRECISION);
        assertTrue(ap.undefinedReplicates() > 4 && ap.undefinedReplicates() < 35, ap.toString());
        assertEquals("no positive samples", ap.undefinedReason());
        Interval tpr = run(2, List.of(site)).group("site", "z", Metric.TPR);
        assertEquals(0, tpr.undefinedReplicates());
    }

    @Test
    void aPpvFromOnePredictedPositiveGetsItsWilsonIntervalInsteadOfAZeroWidthOne() {
        // site 'z' predicts positive only for its 0.7 negative: PPV 0 of 1 case. Its replicates are 0 or undefined,
        // so the percentile interval was 0.000–0.000; Wilson's is 0–0.793 (golden/wilson.py), from the count itself
        Interval ppv = run(2, List.of(site)).group("site", "z", Metric.PPV);
        assertEquals(0.0, ppv.lower());
        assertEquals(0.793450685622763, ppv.upper(), 1e-8);
        assertEquals(0, ppv.undefinedReplicates());
        assertEquals(BootstrapReplicates.WILSON, BootstrapReplicates.intervalMethod(Metric.PPV));
    }

    @Test
    void everyCountedRateOfAGroupHasTheWilsonIntervalOfItsOwnCountsAndTheOtherMetricsThePercentileOne() {
        BootstrapReplicates b = run(2, List.of(site, sex));
        GroupMetrics f = new LabelMetricsCalculator().compute(label, THRESHOLD, List.of(site, sex), null)
                .group("sex", "F");
        double n = f.get(Metric.N).value();
        double predictedPositives = Math.round(f.get(Metric.SELECTION_RATE).value() * n);
        java.util.Map<Metric, Double> cases = java.util.Map.of(Metric.TPR, f.get(Metric.POSITIVES).value(),
                Metric.FNR, f.get(Metric.POSITIVES).value(), Metric.FPR, f.get(Metric.NEGATIVES).value(),
                Metric.TNR, f.get(Metric.NEGATIVES).value(), Metric.PPV, predictedPositives,
                Metric.NPV, n - predictedPositives, Metric.ACCURACY, n, Metric.SELECTION_RATE, n);
        for (Metric metric : Metric.values()) {
            Interval ci = b.group("sex", "F", metric);
            if (cases.containsKey(metric)) {
                double m = cases.get(metric);
                long x = Math.round(f.get(metric).value() * m);
                double[] wilson = new WilsonScore(x, (long) m).at(0.95);
                assertEquals(new Interval(wilson[0], wilson[1], 0.95, 200, 0, null), ci, metric.toString());
            } else {
                double[] replicates = new double[SETTINGS.replicates()];
                for (int r = 0; r < replicates.length; r++) {
                    MetricValue v = b.value(r, "sex", "F", metric);
                    replicates[r] = v.isDefined() ? v.value() : Double.NaN;
                }
                assertEquals(Percentiles.interval(replicates, 0.95, ci.undefinedReason()), ci, metric.toString());
            }
        }
    }

    @Test
    void aGapsPercentileIntervalIsThePercentileIntervalOfTheGapInEachReplicate() {
        BootstrapReplicates b = run(2, List.of(site, sex));
        double[] gaps = new double[SETTINGS.replicates()];
        for (int r = 0; r < gaps.length; r++) {
            List<GroupValue> values = new ArrayList<>();
            for (String group : List.of("x", "y")) {
                values.add(new GroupValue(group, b.value(r, "site", group, Metric.TPR)));
            }
            gaps[r] = Gaps.difference(Metric.TPR, values).value().value();
        }
        assertEquals(Percentiles.interval(gaps, 0.95, null),
                b.percentileGap(Metric.TPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null));
    }

    @Test
    void aTwoGroupGapsIntervalIsDerivedFromTheSignedDifferencesMoverJeffreysIntervalAtTheStudentizedCriticalValue() {
        BootstrapReplicates b = run(2, List.of(site, sex));
        LabelMetrics point = new LabelMetricsCalculator().compute(truth, scores, THRESHOLD, List.of(site, sex));
        double estimate = point.group("site", "x").get(Metric.TPR).value() - point.group("site", "y").get(Metric.TPR).value();
        double[] d = new double[SETTINGS.replicates()];
        for (int r = 0; r < d.length; r++) {
            d[r] = b.value(r, "site", "x", Metric.TPR).value() - b.value(r, "site", "y", Metric.TPR).value();
        }
        double sd = MaxT.standardDeviation(d);
        double[] t = new double[d.length];
        for (int r = 0; r < d.length; r++) {
            t[r] = Math.abs(d[r] - estimate) / sd;
        }
        java.util.Arrays.sort(t);
        double critical = Math.max(Percentiles.ofSorted(t, t.length, 0.95), NormalQuantile.of(0.975)); // counted
        double[] p = new double[2];
        JeffreysBounds[] bounds = new JeffreysBounds[2]; // Beta(TP + 1/2, FN + 1/2) quantiles at the critical value
        for (int g = 0; g < 2; g++) {
            GroupMetrics group = point.group("site", List.of("x", "y").get(g));
            long positives = Math.round(group.get(Metric.POSITIVES).value());
            p[g] = group.get(Metric.TPR).value();
            bounds[g] = new JeffreysBounds(Math.round(p[g] * positives), positives);
        }
        double lower = p[0] - p[1] - Math.hypot(p[0] - bounds[0].lower(critical), bounds[1].upper(critical) - p[1]);
        double upper = p[0] - p[1] + Math.hypot(bounds[0].upper(critical) - p[0], p[1] - bounds[1].lower(critical));

        GapInterval gap = b.gapInterval(Metric.TPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null);

        Comparison signed = gap.comparisons().get(0);
        assertEquals("'x' - 'y'", signed.describe());
        assertEquals(estimate, signed.estimate(), 1e-12);
        assertEquals(critical, gap.critical(), 1e-12);
        assertEquals(lower, signed.lower(), 1e-12);
        assertEquals(upper, signed.upper(), 1e-12);
        double nearest = Math.max(0, Math.max(signed.lower(), -signed.upper()));
        double farthest = Math.max(Math.abs(signed.lower()), Math.abs(signed.upper()));
        assertEquals(new Interval(nearest, farthest, 0.95, 200, 0, null), gap.interval());
        assertEquals(gap.interval(), b.gap(Metric.TPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null));
    }

    @Test
    void equalizedOddsPutsBothComponentsIntoOneFamilyAndTakesTheWorseBounds() {
        BootstrapReplicates b = run(2, List.of(site, sex));
        GapInterval odds = b.gapInterval(CompoundMetric.EQUALIZED_ODDS, GapMethod.DIFFERENCE, "site",
                List.of("x", "y"), null);
        GapInterval tpr = b.gapInterval(Metric.TPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null);
        GapInterval fpr = b.gapInterval(Metric.FPR, GapMethod.DIFFERENCE, "site", List.of("x", "y"), null);
        assertEquals(List.of(Metric.TPR, Metric.FPR), odds.comparisons().stream().map(Comparison::metric).toList());
        assertTrue(odds.critical() >= Math.max(tpr.critical(), fpr.critical()),
                "two comparisons at once need at least the critical value of either alone: " + odds.critical());
        LabelMetrics point = new LabelMetricsCalculator().compute(truth, scores, THRESHOLD, List.of(site, sex));
        double[] p = new double[2];
        JeffreysBounds[] bounds = new JeffreysBounds[2];
        for (int g = 0; g < 2; g++) {
            GroupMetrics group = point.group("site", List.of("x", "y").get(g));
            long positives = Math.round(group.get(Metric.POSITIVES).value());
            p[g] = group.get(Metric.TPR).value();
            bounds[g] = new JeffreysBounds(Math.round(p[g] * positives), positives);
        }
        MoverDifference tprAtTheFamilysCriticalValue = new MoverDifference(p[0], bounds[0], p[1], bounds[1]);
        Comparison wide = odds.comparisons().get(0);
        Comparison alone = tpr.comparisons().get(0);
        assertEquals(tprAtTheFamilysCriticalValue.lower(odds.critical()), wide.lower(), 1e-12);
        assertEquals(tprAtTheFamilysCriticalValue.upper(odds.critical()), wide.upper(), 1e-12);
        assertTrue(wide.lower() <= alone.lower() && wide.upper() >= alone.upper(), "the family's TPR interval "
                + wide.lower() + "–" + wide.upper() + " holds the TPR's alone " + alone.lower() + "–" + alone.upper());
        assertTrue(odds.interval().upper() >= Math.max(tpr.interval().upper(), fpr.interval().upper()));
    }

    @Test
    void manyGroupsGetAWiderCriticalValueThanTwo() {
        BootstrapReplicates b = run(1, List.of(site, sex));
        double two = b.gapInterval(Metric.AUC, GapMethod.DIFFERENCE, "sex", List.of("F", "M"), null).critical();
        GapInterval three = b.gapInterval(Metric.ACCURACY, GapMethod.DIFFERENCE, "site", List.of("x", "y", "z"), null);
        assertEquals(3, three.comparisons().size());
        assertEquals(List.of("'x' - 'y'", "'x' - 'z'", "'y' - 'z'"),
                three.comparisons().stream().map(Comparison::describe).toList());
        assertTrue(two > 1.7 && two < 2.3, "two groups: about the normal 1.96, got " + two);
        assertTrue(three.critical() > two, "three pairs at once need a larger critical value: " + three.critical());
    }

    @Test
    void aRatioIsComparedOnTheLogScale() {
        BootstrapReplicates b = run(1, List.of(sex));
        GapInterval ratio = b.gapInterval(Metric.TPR, GapMethod.RATIO, "sex", List.of("F", "M"), null);
        Comparison log = ratio.comparisons().get(0);
        assertEquals("log('F' / 'M')", log.describe());
        double nearest = Math.max(0, Math.max(log.lower(), -log.upper()));
        double farthest = Math.max(Math.abs(log.lower()), Math.abs(log.upper()));
        assertEquals(Math.exp(-farthest), ratio.interval().lower(), 1e-12);
        assertEquals(Math.exp(-nearest), ratio.interval().upper(), 1e-12);
    }

    @Test
    void aToOverallGapNeedsTheGroupingsOwnOverallLine() {
        BootstrapReplicates without = new Bootstrap(SETTINGS, 1).run("Effusion", label, THRESHOLD, List.of(sex), Set.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> without.gap(Metric.AUC, GapMethod.TO_OVERALL, "sex", List.of("F", "M"), null));
        assertEquals("the replicates of grouping 'sex' were run without their own overall line, which a toOverall gap "
                + "needs", e.getMessage());
        assertTrue(run(1, List.of(sex)).gap(Metric.AUC, GapMethod.TO_OVERALL, "sex", List.of("F", "M"), null)
                .isDefined());
    }
}

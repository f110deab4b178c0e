package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The counted rates' replicates (PPV, NPV, accuracy, F1, selection rate): each group's confusion cells redrawn from
 * {@code Multinomial(n, (cells + ¼)/(n + 1))} on a stream of their own ({@link SmoothedCells}).
 */
class SmoothedCellsTest {
    private static final int ROWS = 600;
    private static final double THRESHOLD = 0.5;
    private static final BootstrapSettings SETTINGS = new BootstrapSettings(200, 0.95, 42);
    private static final List<Metric> COUNTED = List.of(SmoothedCells.METRICS);

    private final boolean[] truth = new boolean[ROWS];
    private final double[] scores = new double[ROWS];
    private final Grouping site;
    private final SortedLabel label;

    SmoothedCellsTest() {
        Random random = new Random(5);
        int[] siteOf = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            siteOf[r] = random.nextInt(12) == 0 ? Grouping.NO_GROUP : random.nextInt(2);
            truth[r] = random.nextDouble() < 0.3;
            scores[r] = Math.round(Math.min(1, Math.max(0, (truth[r] ? 0.3 : 0) + 0.3 + 0.2 * random.nextGaussian()))
                    * 20) / 20.0;
        }
        // site 'z': 12 rows, none predicted positive (scores below the threshold), 4 of them positive
        for (int r = 0; r < 12; r++) {
            siteOf[r] = 2;
            truth[r] = r < 4;
            scores[r] = 0.1 + 0.02 * r;
        }
        site = new Grouping("site", List.of("x", "y", "z"), siteOf);
        label = SortedLabel.of(truth, scores);
    }

    private BootstrapReplicates run(BootstrapSettings settings, int threads) {
        return new Bootstrap(settings, threads).run("Effusion", label, THRESHOLD, List.of(site));
    }

    @Test
    void aReplicatesCountedRatesAreThoseOfEachBlocksCellsRedrawnFromTheirOwnStream() {
        BootstrapReplicates b = run(SETTINGS, 2);
        long salt = SplitMix64.mix64(SplitMix64.salt("Effusion") ^ SplitMix64.salt("site"));
        int[] groupOf = site.groupOf();
        for (int r : new int[] {0, 1, 99, 199}) {
            SplitMix64 random = SmoothedCells.random(42, salt, r);
            long[] sum = new long[8];
            // block by block: x, y, z, then the rows in no group (drawn for the grouping's own overall line)
            for (int g : new int[] {0, 1, 2, Grouping.NO_GROUP}) {
                long[] cells = cells(groupOf, g);
                long[] drawn = multinomial(random, cells);
                for (int k = 0; k < 4; k++) {
                    sum[k] += cells[k];
                    sum[4 + k] += drawn[k];
                }
                if (g != Grouping.NO_GROUP) {
                    assertRates(cells, drawn, r, b, site.groupNames().get(g));
                }
            }
            assertRates(java.util.Arrays.copyOf(sum, 4), java.util.Arrays.copyOfRange(sum, 4, 8), r, b, null);
        }
    }

    @Test
    void theOverallLineDrawsFromItsOwnCells() {
        BootstrapReplicates b = run(SETTINGS, 1);
        SplitMix64 random = SmoothedCells.random(42, SplitMix64.mix64(SplitMix64.salt("Effusion")), 7);
        long[] cells = cells(null, 0);
        long[] drawn = multinomial(random, cells);
        assertEquals((double) (drawn[0] + drawn[3]) / ROWS, b.overallValue(7, Metric.ACCURACY).value(), 0);
        assertEquals((double) drawn[0] / (drawn[0] + drawn[1]), b.overallValue(7, Metric.PPV).value(), 0);
    }

    @Test
    void aGroupWithoutPredictedPositivesHasNoPpvInAnyReplicateWhateverItsCellsDraw() {
        BootstrapReplicates b = run(SETTINGS, 2);
        // the smoothed cells would give 'z' predicted positives in some replicates; its PPV stays undefined, as on
        // the test set, with the test set's reason
        Interval ppv = b.group("site", "z", Metric.PPV);
        assertFalse(ppv.isDefined());
        assertEquals(SETTINGS.replicates(), ppv.undefinedReplicates());
        assertEquals("no predicted positives", ppv.undefinedReason());
        int withPredictedPositives = 0;
        for (int r = 0; r < SETTINGS.replicates(); r++) {
            withPredictedPositives += b.value(r, "site", "z", Metric.SELECTION_RATE).value() > 0 ? 1 : 0;
        }
        assertTrue(withPredictedPositives > 0, "no replicate drew a predicted positive for 'z'");
        assertTrue(b.group("site", "z", Metric.NPV).isDefined());
        assertEquals(0, b.group("site", "x", Metric.PPV).undefinedReplicates());
    }

    @Test
    void theCountedRatesReplicatesAreTheSameOnEveryThreadCountAndChangeWithTheSeed() {
        BootstrapReplicates one = run(SETTINGS, 1);
        BootstrapReplicates four = run(SETTINGS, 4);
        BootstrapReplicates otherSeed = run(new BootstrapSettings(200, 0.95, 43), 1);
        int differs = 0;
        for (int r = 0; r < SETTINGS.replicates(); r++) {
            for (Metric m : COUNTED) {
                assertEquals(one.overallValue(r, m), four.overallValue(r, m));
                assertEquals(one.ownOverallValue(r, "site", m), four.ownOverallValue(r, "site", m));
                for (String group : site.groupNames()) {
                    assertEquals(one.value(r, "site", group, m), four.value(r, "site", group, m),
                            "replicate " + r + " " + group + " " + m);
                }
            }
            differs += one.value(r, "site", "x", Metric.PPV).equals(otherSeed.value(r, "site", "x", Metric.PPV))
                    ? 0 : 1;
        }
        assertTrue(differs > 150, "seed 43 changed only " + differs + " of 200 PPV replicates");
    }

    @Test
    void theDrawnCellsHaveTheMeansAndVariancesOfTheSmoothedMultinomial() {
        // 30 rows: TP 3, FP 0, FN 2, TN 25; cell probabilities (c + 1/4) / 31
        SmoothedCells cells = SmoothedCells.of(GroupBlocks.overall(labelOf(3, 0, 2, 25)).withSlotLayout(), THRESHOLD);
        long[] observed = {3, 0, 2, 25};
        int draws = 200_000;
        double[] mean = new double[4];
        double[] squares = new double[4];
        long[] drawn = cells.newDraws();
        SplitMix64 random = new SplitMix64(99);
        for (int i = 0; i < draws; i++) {
            cells.draw(random, drawn);
            assertEquals(30, drawn[0] + drawn[1] + drawn[2] + drawn[3]);
            for (int k = 0; k < 4; k++) {
                mean[k] += drawn[k];
                squares[k] += (double) drawn[k] * drawn[k];
            }
        }
        for (int k = 0; k < 4; k++) {
            double p = (observed[k] + 0.25) / 31;
            double m = mean[k] / draws;
            double variance = squares[k] / draws - m * m;
            // standard errors: sqrt(30 p (1 - p) / 200,000) for the mean, about 0.3% of the variance for it
            assertEquals(30 * p, m, 5 * Math.sqrt(30 * p * (1 - p) / draws), "mean of cell " + k);
            assertEquals(30 * p * (1 - p), variance, 0.02 * 30 * p * (1 - p), "variance of cell " + k);
        }
    }

    @Test
    void theMeanReplicateSdOfAnNpvOfFiftyRowsAtPrevalenceATenthIsTheExactValueOfTheGoldenScript() throws IOException {
        // the coverage suite's model: a group of 50 rows, selection rate 0.25, NPV 0.96 (about 37 predicted negatives,
        // kept when at least 10); over every outcome (m predicted negatives, x true negatives among them), the
        // replicates' SD from the plugin's own draws, weighted by the outcome's probability, against the true SD
        int n = 50;
        double p = 0.96;
        double[] outcome = new double[3]; // probability mass, sum of p^, sum of p^^2
        double meanSd = 0;
        SplitMix64 random = new SplitMix64(2026);
        int replicates = 4000;
        for (int m = 10; m <= n; m++) {
            double pm = binomial(n, m, 0.75);
            for (int x = 0; x <= m; x++) {
                double w = pm * binomial(m, x, p);
                if (w < 1e-7) {
                    continue;
                }
                double q = (double) x / m;
                outcome[0] += w;
                outcome[1] += w * q;
                outcome[2] += w * q * q;
                // the plugin's draws for a group with these cells (the predicted positives' split does not matter)
                SmoothedCells cells = SmoothedCells.of(GroupBlocks.overall(labelOf(n - m, 0, m - x, x))
                        .withSlotLayout(), THRESHOLD);
                long[] drawn = cells.newDraws();
                double[] npv = new double[replicates];
                for (int r = 0; r < replicates; r++) {
                    cells.draw(random, drawn);
                    npv[r] = drawn[2] + drawn[3] == 0 ? Double.NaN : (double) drawn[3] / (drawn[2] + drawn[3]);
                }
                meanSd += w * MaxT.standardDeviation(npv);
            }
        }
        double mean = outcome[1] / outcome[0];
        double trueSd = Math.sqrt(outcome[2] / outcome[0] - mean * mean);
        double ratio = meanSd / outcome[0] / trueSd;
        // golden: 0.996098 with 1/4 per cell (rows resampled: 0.846207); the draws' Monte Carlo error is about 0.002
        assertEquals(golden("sdratio NPV 50 0.1", 7), ratio, 0.01);
        assertNotEquals(golden("sdratio NPV 50 0.1", 4), ratio, 0.1);
    }

    /** Column {@code column} (from 1) of the golden line that starts with {@code prefix}. */
    private static double golden(String prefix, int column) throws IOException {
        try (InputStream in = SmoothedCellsTest.class.getResourceAsStream("/golden/smoothed_cells.out");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(prefix + " ")) {
                    return Double.parseDouble(line.split(" ")[column]);
                }
            }
        }
        throw new AssertionError("no golden line " + prefix);
    }

    private static double binomial(int n, int k, double p) {
        return Math.exp(SplitMix64.logFactorial(n) - SplitMix64.logFactorial(k) - SplitMix64.logFactorial(n - k)
                + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }

    /** A label with the given cells at {@link #THRESHOLD}: predicted positives score 0.9, predicted negatives 0.1. */
    private static SortedLabel labelOf(int tp, int fp, int fn, int tn) {
        int n = tp + fp + fn + tn;
        boolean[] t = new boolean[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i < tp || (i >= tp + fp && i < tp + fp + fn);
            s[i] = i < tp + fp ? 0.9 : 0.1;
        }
        return SortedLabel.of(t, s);
    }

    /** TP, FP, FN, TN of the rows of group {@code g} (every row when {@code groupOf} is null). */
    private long[] cells(int[] groupOf, int g) {
        long[] c = new long[4];
        for (int row = 0; row < ROWS; row++) {
            if (groupOf == null || groupOf[row] == g) {
                boolean predicted = scores[row] >= THRESHOLD;
                c[truth[row] ? (predicted ? 0 : 2) : (predicted ? 1 : 3)]++;
            }
        }
        return c;
    }

    /** The multinomial redone by hand: predicted positives, true positives among them, false negatives. */
    private static long[] multinomial(SplitMix64 random, long[] c) {
        int n = (int) (c[0] + c[1] + c[2] + c[3]);
        int predicted = random.binomial(n, (c[0] + c[1] + 0.5) / (n + 1.0));
        int tp = random.binomial(predicted, (c[0] + 0.25) / (c[0] + c[1] + 0.5));
        int fn = random.binomial(n - predicted, (c[2] + 0.25) / (c[2] + c[3] + 0.5));
        return new long[] {tp, predicted - tp, fn, n - predicted - fn};
    }

    private static void assertRates(long[] cells, long[] drawn, int r, BootstrapReplicates b, String group) {
        double n = cells[0] + cells[1] + cells[2] + cells[3];
        double[] expected = {
            cells[0] + cells[1] == 0 ? Double.NaN : (double) drawn[0] / (drawn[0] + drawn[1]),
            (double) drawn[3] / (drawn[2] + drawn[3]),
            (drawn[0] + drawn[3]) / n,
            2.0 * drawn[0] / (2 * drawn[0] + drawn[1] + drawn[2]),
            (drawn[0] + drawn[1]) / n};
        for (int i = 0; i < COUNTED.size(); i++) {
            Metric m = COUNTED.get(i);
            MetricValue actual = group == null ? b.ownOverallValue(r, "site", m) : b.value(r, "site", group, m);
            String what = "replicate " + r + " " + (group == null ? "site's overall line" : group) + " " + m;
            if (Double.isNaN(expected[i])) {
                assertFalse(actual.isDefined(), what);
            } else {
                assertEquals(expected[i], actual.value(), 0, what);
            }
        }
    }
}

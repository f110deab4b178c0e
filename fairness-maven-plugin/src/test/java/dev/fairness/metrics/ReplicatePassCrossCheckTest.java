package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.groups.Grouping;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bootstrap's two-stream pass ({@link ReplicatePass}) against the point estimates' pass
 * ({@link PointEstimatePass}, itself checked against the naive definitions) with the same integer weights: seeded
 * 1,500-row data sets with many ties within and across classes, weights 0 to 3 (zeros included), a group with one
 * class only, rows in no group, and thresholds on, between, below and above the scores.
 */
class ReplicatePassCrossCheckTest {
    private static final int ROWS = 1_500;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyMetricOfEveryGroupMatchesThePointPass(int seed) {
        Random random = new Random(seed);
        TiedRows rows = TiedRows.draw(random, ROWS, seed == 3 ? 0 : 20); // seed 3: continuous, a few grid ties
        boolean[] truth = rows.truth();
        double[] scores = rows.scores();
        int[] groupOf = rows.groupOf();
        Grouping grouping = new Grouping("g", List.of("a", "b", "c"), groupOf);
        SortedLabel label = SortedLabel.of(truth, scores);
        GroupBlocks blocks = GroupBlocks.of(label, List.of(groupOf), new int[] {3})[0].withSlotLayout();
        GroupBlocks all = GroupBlocks.overall(label).withSlotLayout();
        ReplicatePass pass = new ReplicatePass();
        for (int rep = 0; rep < 5; rep++) {
            int[] slotWeights = new int[ROWS];
            for (int j = 0; j < ROWS; j++) {
                slotWeights[j] = random.nextInt(4);
            }
            int[] rowWeights = new int[ROWS];
            for (int j = 0; j < ROWS; j++) {
                rowWeights[label.rowAt(blocks.slotPositions()[j])] = slotWeights[j];
            }
            int[] overallWeights = new int[ROWS];
            blocks.moveWeights(slotWeights, all, overallWeights);
            for (double threshold : new double[] {0.5, 0.47, -1, 2, 0.3}) {
                LabelMetrics expected = new LabelMetricsCalculator().compute(label, threshold, List.of(grouping),
                        rowWeights);
                for (int g = 0; g < 3; g++) {
                    assertSame(expected.groups("g").get(g), pass.tally(blocks, g, slotWeights, threshold),
                            "group " + g + " @" + threshold);
                }
                assertSame(expected.overall(), pass.tally(all, 0, overallWeights, threshold), "overall @" + threshold);
            }
        }
    }

    private static void assertSame(GroupMetrics expected, GroupTally actual, String where) {
        var metrics = MetricFormulas.evaluate(actual);
        for (Metric m : Metric.values()) {
            MetricValue e = expected.get(m);
            MetricValue a = metrics.get(m);
            assertEquals(e.isDefined(), a.isDefined(), where + " " + m + ": " + e + " vs " + a);
            if (e.isDefined()) {
                assertEquals(e.value(), a.value(), 1e-12, where + " " + m);
            } else {
                assertEquals(e.undefinedReason(), a.undefinedReason(), where + " " + m);
            }
        }
    }
}

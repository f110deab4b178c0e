package dev.fairness.metrics;

import dev.fairness.groups.Grouping;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the metrics' one pass keeps of a label for the report's curves: every group's rows and positives, and per ECE
 * bin the counts and score sums the group's ECE is computed from.
 */
class SortedGroupsTest {
    private static final int ROWS = 5_000;

    @Test
    void everyGroupsEceIsTheMeanOfItsBinsGapsBetweenScoreSumAndPositivesToTheBit() {
        Random random = new Random(31);
        boolean[] truth = new boolean[ROWS];
        double[] scores = new double[ROWS];
        int[] site = new int[ROWS];
        int[] sex = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            truth[i] = random.nextInt(3) == 0;
            scores[i] = random.nextInt(4) == 0 ? random.nextInt(25) / 25.0 : random.nextDouble(); // ties across bins
            site[i] = random.nextInt(20) == 0 ? Grouping.NO_GROUP : random.nextInt(4);
            sex[i] = random.nextInt(2);
        }
        List<Grouping> groupings = List.of(new Grouping("site", List.of("a", "b", "c", "d"), site),
                new Grouping("sex", List.of("F", "M"), sex));
        RowGroups rowGroups = RowGroups.of(groupings, ROWS);
        LabelMetricsCalculator.Measured measured = new LabelMetricsCalculator().measure(SortedLabel.of(truth, scores),
                0.4, groupings, rowGroups);
        SortedGroups order = measured.order();

        assertEquals(List.of("site", "sex"), order.groupingNames());
        assertEquals(1, order.grouping("sex"));
        assertEquals(-1, order.grouping("age"));
        for (int k = 0; k < groupings.size(); k++) {
            Grouping grouping = groupings.get(k);
            for (int g = 0; g < grouping.groupCount(); g++) {
                int id = order.id(k, g);
                GroupMetrics metrics = measured.metrics().group(grouping.name(), grouping.groupNames().get(g));
                double gaps = 0;
                long rows = 0;
                long positives = 0;
                for (int b = SortedGroups.BINS - 1; b >= 0; b--) { // the pass closes the bins from the highest down
                    gaps += Math.abs(order.binScoreSum(id, b) - order.binPositives(id, b));
                    rows += order.binRows(id, b);
                    positives += order.binPositives(id, b);
                }
                String where = grouping.name() + " " + g;
                assertEquals(metrics.get(Metric.ECE).value(), gaps / rows, where);
                assertEquals(metrics.n(), rows, where);
                assertEquals(rows, order.rows(id), where);
                assertEquals(positives, order.positives(id), where);
            }
        }
    }
}

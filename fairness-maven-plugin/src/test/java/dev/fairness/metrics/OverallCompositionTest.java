package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A grouping's own overall line (what a {@code toOverall} gap compares with) takes every group's drawn class counts
 * for its class-conditional rates, so its TPR varies with the groups' shares of the positives.
 */
class OverallCompositionTest {

    /** Group a finds all of its 50 positives, group b none of its 50; 50 negatives each, no false alarm. */
    private static BootstrapReplicates run() {
        int rows = 200;
        boolean[] truth = new boolean[rows];
        double[] scores = new double[rows];
        int[] groupOf = new int[rows];
        for (int i = 0; i < rows; i++) {
            groupOf[i] = i / 100;
            truth[i] = i % 100 < 50;
            scores[i] = truth[i] && groupOf[i] == 0 ? 0.9 : 0.1;
        }
        Grouping site = new Grouping("site", List.of("a", "b"), groupOf);
        return new Bootstrap(new BootstrapSettings(400, 0.95, 7), 1)
                .run("y", SortedLabel.of(truth, scores), 0.5, List.of(site), Set.of("site"));
    }

    @Test
    void theOwnOverallTprOfTwoGroupsWhoseTprsAreOneAndZeroIsGroupAsShareOfTheDrawnPositives() {
        BootstrapReplicates b = run();
        double sum = 0;
        double squares = 0;
        int replicates = b.replicates();
        for (int r = 0; r < replicates; r++) {
            // each group keeps its TPR (1 and 0) in every replicate: only the shares move the overall TPR
            assertEquals(1.0, b.value(r, "site", "a", Metric.TPR).value());
            assertEquals(0.0, b.value(r, "site", "b", Metric.TPR).value());
            double tpr = b.ownOverallValue(r, "site", Metric.TPR).value();
            assertEquals(1 - tpr, b.ownOverallValue(r, "site", Metric.FNR).value(), 1e-15);
            sum += tpr;
            squares += tpr * tpr;
        }
        double mean = sum / replicates;
        double sd = Math.sqrt((squares - replicates * mean * mean) / (replicates - 1));
        // P*_a, P*_b ~ Binomial(100, 0.5): the share P*_a / (P*_a + P*_b) has SD about sqrt(2 · 25) / 100 / 2 = 0.035
        assertTrue(sd > 0.025 && sd < 0.045, "SD of the own overall TPR " + sd);
        assertEquals(0.5, mean, 0.01);
    }

    @Test
    void theOwnOverallLineOnTheTestSetItselfIsThePlainOverallRate() {
        BootstrapReplicates b = run();
        GapInterval gap = b.gapInterval(Metric.TPR, GapMethod.TO_OVERALL, "site", List.of("a", "b"), null);
        assertEquals(0.5, gap.comparisons().get(0).estimate(), 1e-15);
        assertEquals(-0.5, gap.comparisons().get(1).estimate(), 1e-15);
    }
}

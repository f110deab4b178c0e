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
        return run((positive, group) -> positive && group == 0 ? 0.9 : 0.1);
    }

    /** A row's score from its class and its group (0: a, 1: b). */
    private interface ScoreOf {
        double score(boolean positive, int group);
    }

    /** Groups a and b of 100 rows each, 50 positives each, scored by {@code scoreOf}; 400 replicates, seed 7. */
    private static BootstrapReplicates run(ScoreOf scoreOf) {
        int rows = 200;
        boolean[] truth = new boolean[rows];
        double[] scores = new double[rows];
        int[] groupOf = new int[rows];
        for (int i = 0; i < rows; i++) {
            groupOf[i] = i / 100;
            truth[i] = i % 100 < 50;
            scores[i] = scoreOf.score(truth[i], groupOf[i]);
        }
        Grouping site = new Grouping("site", List.of("a", "b"), groupOf);
        return new Bootstrap(new BootstrapSettings(400, 0.95, 7), 1)
                .run("y", SortedLabel.of(truth, scores), 0.5, List.of(site), Set.of("site"));
    }

    @Test
    void theOwnOverallTprOfTwoGroupsWhoseTprsAreOneAndZeroIsGroupAsShareOfTheDrawnPositives() {
        BootstrapReplicates b = run();
        int replicates = b.replicates();
        double[] tprs = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            // each group keeps its TPR (1 and 0) in every replicate: only the shares move the overall TPR
            assertEquals(1.0, b.value(r, "site", "a", Metric.TPR).value());
            assertEquals(0.0, b.value(r, "site", "b", Metric.TPR).value());
            tprs[r] = b.ownOverallValue(r, "site", Metric.TPR).value();
            assertEquals(1 - tprs[r], b.ownOverallValue(r, "site", Metric.FNR).value(), 1e-15);
        }
        double mean = mean(tprs);
        double sd = sd(tprs);
        // P*_a, P*_b ~ Binomial(100, 0.5): the share P*_a / (P*_a + P*_b) has SD about sqrt(2 · 25) / 100 / 2 = 0.035
        assertTrue(sd > 0.025 && sd < 0.045, "SD of the own overall TPR " + sd);
        assertEquals(0.5, mean, 0.01);
    }

    /**
     * Group a: positives 0.9, negatives 0.5; group b: positives 0.5, negatives 0.1; 50 of each. Each group's AUC is 1,
     * and only b's positives against a's negatives tie, so the overall AUC is {@code 1 − ½·P_b·N_a / (P·N)}: it
     * moves only with the groups' class counts, which class-stratified replicates keep (SD 0 without them).
     */
    @Test
    void theOwnOverallAucOfTwoGroupsWhoseScoresOverlapAcrossGroupsMovesWithTheirDrawnClassCounts() {
        BootstrapReplicates b = run((positive, group) -> (positive ? 0.5 : 0.1) + (group == 0 ? 0.4 : 0));
        int replicates = b.replicates();
        double[] aucs = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            assertEquals(1.0, b.value(r, "site", "a", Metric.AUC).value());
            assertEquals(1.0, b.value(r, "site", "b", Metric.AUC).value());
            aucs[r] = b.ownOverallValue(r, "site", Metric.AUC).value();
        }
        double mean = mean(aucs);
        double sd = sd(aucs);
        // P*_a, P*_b ~ Binomial(100, 0.5): P_b·N_a / (P·N) ≈ 1/4 + (P*_b − P*_a) / 200, SD sqrt(50) / 200 = 0.035
        assertTrue(sd > 0.012 && sd < 0.024, "SD of the own overall AUC " + sd);
        assertEquals(0.875, mean, 0.005);
        assertEquals(0.125, b.gapInterval(Metric.AUC, GapMethod.TO_OVERALL, "site", List.of("a", "b"), null)
                .comparisons().get(0).estimate(), 1e-12); // on the test set itself: the plain overall AUC
    }

    @Test
    void theOwnOverallLineOnTheTestSetItselfIsThePlainOverallRate() {
        BootstrapReplicates b = run();
        GapInterval gap = b.gapInterval(Metric.TPR, GapMethod.TO_OVERALL, "site", List.of("a", "b"), null);
        assertEquals(0.5, gap.comparisons().get(0).estimate(), 1e-15);
        assertEquals(-0.5, gap.comparisons().get(1).estimate(), 1e-15);
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        return Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }
}

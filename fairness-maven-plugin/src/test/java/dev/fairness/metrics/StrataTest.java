package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Strata are each group's negatives and positives, contiguous, and a replicate keeps every stratum's size. */
class StrataTest {

    private static GroupBlocks blocks(boolean[] truth, int[] groupOf, int groups) {
        double[] scores = new double[truth.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 1 - i / 100.0;
        }
        return GroupBlocks.of(SortedLabel.of(truth, scores), List.of(groupOf), new int[] {groups})[0].withSlotLayout();
    }

    @Test
    void groupsWithOneClassOnlyGiveOneStratumEach() {
        // group 0: positives only; group 1: negatives only; group 2: both; one row in no group
        boolean[] truth = {true, true, false, false, true, false, false};
        int[] groupOf = {0, 0, 1, 1, 2, 2, -1};
        Strata strata = Strata.of(blocks(truth, groupOf, 3));
        assertEquals(5, strata.count());
        assertEquals(List.of(2, 2, 1, 1, 1), List.of(strata.size(0), strata.size(1), strata.size(2), strata.size(3),
                strata.size(4)));
    }

    @Test
    void aReplicateKeepsEveryStratumsSize() {
        boolean[] truth = new boolean[60];
        int[] groupOf = new int[60];
        for (int i = 0; i < 60; i++) {
            truth[i] = i % 3 == 0;
            groupOf[i] = i % 4 == 3 ? -1 : i % 2;
        }
        GroupBlocks b = blocks(truth, groupOf, 2);
        Strata strata = Strata.of(b);
        int[] weights = new int[60];
        for (int r = 0; r < 50; r++) {
            strata.draw(SplitMix64.forReplicate(1, 2, r), weights);
            int slot = 0;
            for (int s = 0; s < strata.count(); s++) {
                int sum = 0;
                for (int k = 0; k < strata.size(s); k++) {
                    sum += weights[slot++];
                }
                assertEquals(strata.size(s), sum, "stratum " + s + " of replicate " + r);
            }
        }
    }
}

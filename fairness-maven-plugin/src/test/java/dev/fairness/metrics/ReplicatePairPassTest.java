package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two replicates read by one {@link ReplicatePairPass} against each read alone by {@link ReplicatePass}, with the
 * same generators: every tally and every class-separated sum bit for bit (records compare doubles by their bits).
 * Seeded data sets of 9,000 rows, so that blocks span several draw chunks ({@link SlotWeights#CHUNK}), with many ties
 * within and across classes, a group with no positives, rows in no group, and thresholds on, between, below and
 * above the scores; negative scales other than 1 (random class counts).
 */
class ReplicatePairPassTest {
    private static final int ROWS = 9_000;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void twoReplicatesReadInOnePassGiveTheBitsOfEachReadAlone(int seed) {
        TiedRows rows = TiedRows.draw(new Random(seed), ROWS, seed == 3 ? 0 : 200); // seed 3: continuous
        SortedLabel label = SortedLabel.of(rows.truth(), rows.scores());
        GroupBlocks blocks = GroupBlocks.of(label, List.of(rows.groupOf()), new int[] {3})[0].withSlotLayout();
        GroupBlocks all = GroupBlocks.overall(label).withSlotLayout();
        ReplicatePass single = new ReplicatePass();
        ReplicatePairPass pair = new ReplicatePairPass();
        SlotWeights first = new SlotWeights();
        SlotWeights second = new SlotWeights();
        for (int r = 0; r < 6; r += 2) {
            for (double threshold : new double[] {0.5, 0.4975, -1, 2}) {
                double scaleA = 0.8 + 0.1 * r;
                double scaleC = 1.3 - 0.1 * r;
                for (GroupBlocks b : List.of(blocks, all)) {
                    SplitMix64 a = SplitMix64.forReplicate(seed, 11, r);
                    SplitMix64 c = SplitMix64.forReplicate(seed, 11, r + 1);
                    SlotWeights wa = first.drawing(a, null);
                    SlotWeights wc = second.drawing(c, null);
                    List<GroupTally> pairTallies = new java.util.ArrayList<>();
                    List<String> pairSums = new java.util.ArrayList<>();
                    for (int g = 0; g < b.groupCount() || g == 0; g++) { // the overall blocks: block 0 alone
                        pair.tally(b, g, wa, wc, threshold, scaleA, scaleC);
                        pairTallies.add(pair.first());
                        pairTallies.add(pair.second());
                        pairSums.add(bits(pair.firstSums()));
                        pairSums.add(bits(pair.secondSums()));
                    }
                    List<GroupTally> singleTallies = new java.util.ArrayList<>();
                    List<String> singleSums = new java.util.ArrayList<>();
                    SlotWeights sa = first.drawing(SplitMix64.forReplicate(seed, 11, r), null);
                    List<GroupTally> aTallies = new java.util.ArrayList<>();
                    List<String> aSums = new java.util.ArrayList<>();
                    for (int g = 0; g < b.groupCount() || g == 0; g++) {
                        aTallies.add(single.tally(b, g, sa, threshold, scaleA));
                        aSums.add(bits(single.classSums()));
                    }
                    SlotWeights sc = second.drawing(SplitMix64.forReplicate(seed, 11, r + 1), null);
                    for (int g = 0; g < b.groupCount() || g == 0; g++) {
                        singleTallies.add(aTallies.get(g));
                        singleTallies.add(single.tally(b, g, sc, threshold, scaleC));
                        singleSums.add(aSums.get(g));
                        singleSums.add(bits(single.classSums()));
                    }
                    String where = "seed " + seed + ", replicates " + r + " and " + (r + 1) + " @" + threshold;
                    assertEquals(singleTallies, pairTallies, where);
                    assertEquals(singleSums, pairSums, where);
                }
            }
        }
    }

    /** Every field of the sums, by its exact bits. */
    private static String bits(ClassSums sums) {
        StringBuilder s = new StringBuilder();
        s.append(Double.doubleToLongBits(sums.negativeSquaredError())).append(' ')
                .append(Double.doubleToLongBits(sums.scaledPrecisionSum()));
        for (int bin = 0; bin < PointEstimatePass.ECE_BINS; bin++) {
            s.append(' ').append(Double.doubleToLongBits(sums.negativeBinScore(bin)))
                    .append(' ').append(Double.doubleToLongBits(sums.positiveBinScore(bin)))
                    .append(' ').append(sums.binPositives(bin));
        }
        return s.toString();
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.groups.Grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one pass over a label's rows that tallies every group at once, against the pass per group it replaced
 * ({@link PerGroupPass}): every tally equal to the last bit (records compare doubles bit by bit), on seeded data
 * with tie blocks shared across groups, rows in no group, an empty group, rows of weight 0, negative scores and
 * thresholds at, between, above and below the scores.
 */
class AllGroupsPassTest {
    private static final int ROWS = 3_000;
    private static final double[] THRESHOLDS = {0.5, 0.35, 0.05, 0.0, 1.0, 1.5, -1, 0.45};

    @ParameterizedTest
    @ValueSource(strings = {"tied", "mixed", "continuous"})
    void everyGroupsTallyIsBitIdenticalToAPassPerGroup(String kind) {
        Data d = new Data(kind, 4);
        for (double threshold : THRESHOLDS) {
            assertSameTallies(d, null, threshold);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tied", "mixed"})
    void weightedTalliesIncludingWeightZeroAreBitIdenticalToAPassPerGroup(String kind) {
        Data d = new Data(kind, 4);
        Random random = new Random(11);
        int[] weights = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            weights[r] = random.nextInt(4); // 0..3, as bootstrap draw counts
        }
        for (double threshold : THRESHOLDS) {
            assertSameTallies(d, weights, threshold);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tied", "mixed"})
    void groupingsTooManyToPackIntoOneIntAreReadFromTheirOwnArrays(String kind) {
        Data d = new Data(kind, 1_500); // 3 groupings x 11 bits: not packed
        for (double threshold : THRESHOLDS) {
            assertSameTallies(d, null, threshold);
        }
    }

    private static void assertSameTallies(Data d, int[] weights, double threshold) {
        SortedLabel label = SortedLabel.of(d.truth, d.scores);
        int[] sortedWeights = null;
        if (weights != null) {
            sortedWeights = new int[ROWS];
            for (int i = 0; i < ROWS; i++) {
                sortedWeights[i] = weights[label.rowAt(i)];
            }
        }
        RowGroups rowGroups = RowGroups.of(d.groupings, ROWS);
        GroupTally[] tallies = AllGroupsPass.tally(label, rowGroups, sortedWeights, threshold);
        assertEquals(PerGroupPass.tally(label.sortedScores(), label.sortedTruth(), null, sortedWeights, 0, ROWS,
                threshold), tallies[0], "overall @" + threshold);
        List<int[]> groupOfs = new ArrayList<>();
        int[] counts = new int[d.groupings.size()];
        for (int k = 0; k < counts.length; k++) {
            groupOfs.add(d.groupings.get(k).groupOf());
            counts[k] = d.groupings.get(k).groupCount();
        }
        GroupBlocks[] blocks = GroupBlocks.of(label, groupOfs, counts);
        for (int k = 0; k < counts.length; k++) {
            for (int g = 0; g < counts[k]; g++) {
                GroupTally expected = PerGroupPass.tally(label.sortedScores(), label.sortedTruth(),
                        blocks[k].positions(), sortedWeights, blocks[k].start(g), blocks[k].end(g), threshold);
                assertEquals(expected, tallies[rowGroups.id(k, g)],
                        d.groupings.get(k).name() + " group " + g + " @" + threshold);
            }
        }
    }

    /** Seeded rows: a site grouping with an empty group, a sex grouping, and a fine grouping of {@code fine} groups. */
    private static final class Data {
        final boolean[] truth = new boolean[ROWS];
        final double[] scores = new double[ROWS];
        final List<Grouping> groupings;

        Data(String kind, int fine) {
            Random random = new Random(kind.hashCode());
            int[] site = new int[ROWS];
            int[] sex = new int[ROWS];
            int[] fineGroup = new int[ROWS];
            for (int r = 0; r < ROWS; r++) {
                double u = random.nextDouble();
                site[r] = u < 0.03 ? Grouping.NO_GROUP : u < 0.55 ? 0 : u < 0.85 ? 1 : 3; // group 2 is empty
                sex[r] = random.nextInt(10) == 0 ? Grouping.NO_GROUP : random.nextInt(2);
                fineGroup[r] = random.nextInt(fine);
                truth[r] = random.nextDouble() < 0.3;
                double raw = (truth[r] ? 0.3 : 0) + random.nextGaussian() * 0.25 + 0.3;
                boolean onGrid = switch (kind) {
                    case "tied" -> true;
                    case "mixed" -> random.nextInt(4) == 0;
                    default -> false;
                };
                scores[r] = onGrid ? Math.round(raw * 20) / 20.0 : raw; // some below 0 and above 1
            }
            List<String> fineNames = new ArrayList<>();
            for (int g = 0; g < fine; g++) {
                fineNames.add("g" + g);
            }
            groupings = fine > 100
                    ? List.of(new Grouping("a", fineNames, fineGroup), new Grouping("b", fineNames, shifted(fineGroup, fine)),
                            new Grouping("c", fineNames, shifted(fineGroup, fine - 1)))
                    : List.of(new Grouping("site", List.of("w", "x", "y", "z"), site),
                            new Grouping("sex", List.of("F", "M"), sex), new Grouping("fine", fineNames, fineGroup));
        }

        private static int[] shifted(int[] groups, int by) {
            int[] out = new int[groups.length];
            for (int r = 0; r < groups.length; r++) {
                out[r] = (groups[r] + by * 7 + r % 3) % by;
            }
            return out;
        }
    }
}

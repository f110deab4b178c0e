package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.groups.Grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The engine's contract: prediction rule, result shape, tie handling across groups, input checks. */
class LabelMetricsCalculatorTest {
    private static final double TOLERANCE = 1e-12;
    private final LabelMetricsCalculator calculator = new LabelMetricsCalculator();

    @Test
    void aScoreEqualToTheThresholdIsPredictedPositive() {
        LabelMetrics metrics = calculator.compute(new boolean[] {true, false}, new double[] {0.5, 0.4999999}, 0.5, List.of());
        assertEquals(1.0, metrics.overall().get(Metric.TPR).value());
        assertEquals(0.0, metrics.overall().get(Metric.FPR).value());
        assertEquals(0.5, metrics.overall().get(Metric.SELECTION_RATE).value());
    }

    @Test
    void groupsComeInGroupIndexOrderForEachGroupingInTheOrderGiven() {
        boolean[] truth = {true, false, true, false};
        double[] scores = {0.9, 0.1, 0.8, 0.2};
        Grouping sex = new Grouping("sex", List.of("M", "F"), new int[] {1, 1, 0, 0});
        Grouping age = new Grouping("age", List.of("old", "young", "unused"), new int[] {0, 1, 0, 1});
        LabelMetrics metrics = calculator.compute(truth, scores, 0.5, List.of(sex, age));
        assertEquals(List.of("sex", "age"), List.copyOf(metrics.byGrouping().keySet()));
        assertEquals(List.of("M", "F"), metrics.groups("sex").stream().map(GroupMetrics::group).toList());
        assertEquals(List.of("old", "young", "unused"), metrics.groups("age").stream().map(GroupMetrics::group).toList());
        assertEquals(LabelMetrics.OVERALL, metrics.overall().group());
        assertEquals(0.5, metrics.threshold());
    }

    @Test
    void scoresTiedAcrossGroupsCountHalfWithinEachGroup() {
        // Every row has the same score: each group's AUC is 1/2 and its AP is its prevalence.
        boolean[] truth = {true, false, false, true, true, false, false, false};
        double[] scores = {0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6};
        Grouping grouping = new Grouping("g", List.of("a", "b"), new int[] {0, 0, 0, 0, 1, 1, 1, 1});
        LabelMetrics metrics = calculator.compute(truth, scores, 0.5, List.of(grouping));
        assertEquals(0.5, metrics.group("g", "a").get(Metric.AUC).value(), TOLERANCE);
        assertEquals(0.5, metrics.group("g", "b").get(Metric.AUC).value(), TOLERANCE);
        assertEquals(0.5, metrics.group("g", "a").get(Metric.AVERAGE_PRECISION).value(), TOLERANCE);
        assertEquals(0.25, metrics.group("g", "b").get(Metric.AVERAGE_PRECISION).value(), TOLERANCE);
        assertEquals(0.375, metrics.overall().get(Metric.AVERAGE_PRECISION).value(), TOLERANCE);
    }

    @Test
    void aucOfOneGroupIgnoresTheOtherGroupsRowsInTheSameTieBlock() {
        // Group a: positive 0.7 vs negatives 0.7 (tie) and 0.2  -> (0.5 + 1) / 2 = 0.75
        // Group b: positive 0.2 vs negative 0.7                  -> 0
        boolean[] truth = {true, false, false, true, false};
        double[] scores = {0.7, 0.7, 0.2, 0.2, 0.7};
        Grouping grouping = new Grouping("g", List.of("a", "b"), new int[] {0, 0, 0, 1, 1});
        LabelMetrics metrics = calculator.compute(truth, scores, 0.5, List.of(grouping));
        assertEquals(0.75, metrics.group("g", "a").get(Metric.AUC).value(), TOLERANCE);
        assertEquals(0.0, metrics.group("g", "b").get(Metric.AUC).value(), TOLERANCE);
        // overall: positives {0.7, 0.2}, negatives {0.7, 0.2, 0.7}: (0.5 + 1 + 0.5) + (0 + 0.5 + 0) = 2.5 of 6
        assertEquals(2.5 / 6, metrics.overall().get(Metric.AUC).value(), TOLERANCE);
    }

    @Test
    void aSortedLabelCanBeReusedForOtherThresholds() {
        boolean[] truth = {true, false, true, false};
        double[] scores = {0.9, 0.6, 0.4, 0.1};
        SortedLabel label = SortedLabel.of(truth, scores);
        assertEquals(0.5, calculator.compute(label, 0.5, List.of(), null).overall().get(Metric.TPR).value());
        assertEquals(1.0, calculator.compute(label, 0.3, List.of(), null).overall().get(Metric.TPR).value());
    }

    @Test
    void manyGroupingsPackedIntoSeveralWordsGiveTheSameResultsAsOneAtATime() {
        // 7 groupings x 5 bits (20 groups) + one of 1,000 groups (10 bits) need two 32-bit words
        Random random = new Random(11);
        int n = 500;
        boolean[] truth = new boolean[n];
        double[] scores = new double[n];
        for (int r = 0; r < n; r++) {
            truth[r] = random.nextBoolean();
            scores[r] = random.nextInt(50) / 50.0;
        }
        List<Grouping> groupings = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            int count = k == 7 ? 1000 : 20;
            List<String> names = IntStream.range(0, count).mapToObj(i -> "g" + i).toList();
            int[] groupOf = random.ints(n, -1, count).toArray();
            groupings.add(new Grouping("grouping" + k, names, groupOf));
        }
        LabelMetrics together = calculator.compute(truth, scores, 0.5, groupings);
        for (Grouping grouping : groupings) {
            LabelMetrics alone = calculator.compute(truth, scores, 0.5, List.of(grouping));
            assertEquals(alone.groups(grouping.name()), together.groups(grouping.name()), grouping.name());
        }
    }

    @Test
    void aGroupingOfTheWrongLengthIsRejected() {
        Grouping grouping = new Grouping("sex", List.of("F"), new int[] {0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> calculator.compute(new boolean[2], new double[2], 0.5, List.of(grouping)));
        assertEquals("grouping 'sex' has 1 rows but the label has 2", e.getMessage());
    }

    @Test
    void negativeWeightsAreRejected() {
        SortedLabel label = SortedLabel.of(new boolean[2], new double[2]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> calculator.compute(label, 0.5, List.of(), new int[] {1, -1}));
        assertEquals("weight of row 1 is negative: -1", e.getMessage());
    }

    @Test
    void anUnknownGroupingNamesTheKnownOnes() {
        LabelMetrics metrics = calculator.compute(new boolean[1], new double[1], 0.5,
                List.of(new Grouping("sex", List.of("F"), new int[] {0})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> metrics.groups("age"));
        assertEquals("no grouping 'age'; known: [sex]", e.getMessage());
    }
}

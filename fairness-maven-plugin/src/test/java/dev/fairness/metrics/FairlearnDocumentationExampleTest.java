package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.groups.Grouping;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Fairlearn documentation example, checked with Fairlearn 0.9 / scikit-learn 1.2 (DESIGN.md, "Reference
 * values to test against"). The example gives hard predictions; they are fed as scores 1.0 / 0.0 with
 * threshold 0.5, so predicted positive iff the prediction is 1.
 */
class FairlearnDocumentationExampleTest {
    private static final double TOLERANCE = 1e-4;
    private static final int[] Y_TRUE = {0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1};
    private static final int[] Y_PRED = {0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0};
    private static final String GROUPS = "bbabbcccaacabccbcc";

    private final LabelMetrics metrics = compute();

    private static LabelMetrics compute() {
        boolean[] truth = new boolean[Y_TRUE.length];
        double[] scores = new double[Y_TRUE.length];
        int[] groupOf = new int[Y_TRUE.length];
        for (int r = 0; r < truth.length; r++) {
            truth[r] = Y_TRUE[r] == 1;
            scores[r] = Y_PRED[r];
            groupOf[r] = GROUPS.charAt(r) - 'a';
        }
        Grouping group = new Grouping("group", List.of("a", "b", "c"), groupOf);
        return new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of(group));
    }

    @Test
    void truePositiveRatesByGroupAndOverallMatchFairlearn() {
        assertGroups(Metric.TPR, 0.5, 0.6, 0.4);
        assertEquals(0.5, metrics.overall().get(Metric.TPR).value(), TOLERANCE);
    }

    @Test
    void falsePositiveRatesByGroupAndOverallMatchFairlearn() {
        assertGroups(Metric.FPR, 1.0, 0.0, 0.6667);
        assertEquals(0.6667, metrics.overall().get(Metric.FPR).value(), TOLERANCE);
    }

    @Test
    void selectionRatesByGroupAndOverallMatchFairlearn() {
        assertGroups(Metric.SELECTION_RATE, 0.75, 0.5, 0.5);
        assertEquals(0.5556, metrics.overall().get(Metric.SELECTION_RATE).value(), TOLERANCE);
    }

    @Test
    void demographicParityDifferenceAndRatioMatchFairlearn() {
        Gap difference = CompoundMetric.DEMOGRAPHIC_PARITY.gap(GapMethod.DIFFERENCE, metrics, "group", null);
        Gap ratio = CompoundMetric.DEMOGRAPHIC_PARITY.gap(GapMethod.RATIO, metrics, "group", null);
        assertEquals(0.25, difference.value().value(), TOLERANCE);
        assertEquals("a", difference.highGroup());
        assertEquals("b", difference.lowGroup()); // b and c tie at 0.5: the first one is named
        assertEquals(0.6667, ratio.value().value(), TOLERANCE);
    }

    @Test
    void selectionRateGapsToOverallMatchFairlearn() {
        Gap difference = Gaps.compute(Metric.SELECTION_RATE, GapMethod.TO_OVERALL, metrics, "group", null);
        Gap ratio = Gaps.compute(Metric.SELECTION_RATE, GapMethod.TO_OVERALL_RATIO, metrics, "group", null);
        assertEquals(0.19444, difference.value().value(), TOLERANCE);
        assertEquals("a", difference.highGroup());
        assertEquals(Gap.OVERALL, difference.lowGroup());
        assertEquals(0.74074, ratio.value().value(), TOLERANCE);
    }

    @Test
    void equalizedOddsDifferenceIsTheWorseOfTheTprAndFprDifferences() {
        Gap gap = CompoundMetric.EQUALIZED_ODDS.gap(GapMethod.DIFFERENCE, metrics, "group", null);
        assertEquals(1.0, gap.value().value(), TOLERANCE);
        assertEquals(Metric.FPR, gap.metric()); // FPR difference 1.0 beats TPR difference 0.2
        assertEquals("a", gap.highGroup());
        assertEquals("b", gap.lowGroup());
        Gap tpr = CompoundMetric.EQUAL_OPPORTUNITY.gap(GapMethod.DIFFERENCE, metrics, "group", null);
        // The design notes' "mean" aggregation, (0.2 + 1.0) / 2 = 0.6, from the two component differences:
        assertEquals(0.6, (tpr.value().value() + gap.value().value()) / 2, TOLERANCE);
    }

    private void assertGroups(Metric metric, double a, double b, double c) {
        List<GroupMetrics> groups = metrics.groups("group");
        assertEquals(a, groups.get(0).get(metric).value(), TOLERANCE, "a");
        assertEquals(b, groups.get(1).get(metric).value(), TOLERANCE, "b");
        assertEquals(c, groups.get(2).get(metric).value(), TOLERANCE, "c");
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Undefined is never 0: each metric whose denominator is empty for a group says why, with these exact
 * words (they appear in the log, the report and fairness.json).
 */
class UndefinedMetricsTest {
    //                       noPositives          noNegatives   empty  noPredicted     allPredicted   (no group)
    private static final boolean[] TRUTH = {false, false, false, true, true, /* */ true, false, false, true, false};
    private static final double[] SCORES = {0.9, 0.1, 0.2, 0.8, 0.4, /* */ 0.3, 0.2, 0.7, 0.6, 0.5};
    private static final int[] GROUP_OF = {0, 0, 0, 1, 1, /* */ 3, 3, 4, 4, Grouping.NO_GROUP};

    private final LabelMetrics metrics = new LabelMetricsCalculator().compute(TRUTH, SCORES, 0.5, List.of(
            new Grouping("case", List.of("noPositives", "noNegatives", "empty", "noPredicted", "allPredicted"), GROUP_OF)));

    @Test
    void tprIsUndefinedForAGroupWithoutPositives() {
        assertUndefined("noPositives", Metric.TPR, "no positive samples");
        assertUndefined("noPositives", Metric.FNR, "no positive samples");
        assertUndefined("noPositives", Metric.AVERAGE_PRECISION, "no positive samples");
        assertUndefined("noPositives", Metric.BALANCED_ACCURACY, "no positive samples");
        assertDefined("noPositives", Metric.TNR, 2.0 / 3);
        assertDefined("noPositives", Metric.FPR, 1.0 / 3);
    }

    @Test
    void f1IsZeroNotUndefinedForAGroupWithoutPositivesButWithFalsePositives() {
        assertDefined("noPositives", Metric.F1, 0.0); // 2TP / (2TP + FP + FN) = 0 / 1, as scikit-learn
    }

    @Test
    void tnrIsUndefinedForAGroupWithoutNegatives() {
        assertUndefined("noNegatives", Metric.TNR, "no negative samples");
        assertUndefined("noNegatives", Metric.FPR, "no negative samples");
        assertUndefined("noNegatives", Metric.BALANCED_ACCURACY, "no negative samples");
        assertDefined("noNegatives", Metric.TPR, 0.5);
    }

    @Test
    void aucIsUndefinedWhenOnlyOneClassIsPresentAndSaysHowManyOfEach() {
        assertUndefined("noPositives", Metric.AUC, "only one class present (0 positives, 3 negatives)");
        assertUndefined("noNegatives", Metric.AUC, "only one class present (2 positives, 0 negatives)");
    }

    @Test
    void everyRateOfAnEmptyGroupIsUndefinedButItsCountsAreZero() {
        GroupMetrics empty = metrics.group("case", "empty");
        for (Metric m : Metric.values()) {
            if (m.isCount()) {
                assertEquals(MetricValue.of(0), empty.get(m), m.toString());
            } else {
                assertEquals(MetricValue.undefined("empty group"), empty.get(m), m.toString());
            }
        }
    }

    @Test
    void ppvIsUndefinedWhenNothingIsPredictedPositive() {
        assertUndefined("noPredicted", Metric.PPV, "no predicted positives");
        assertDefined("noPredicted", Metric.SELECTION_RATE, 0.0);
        assertDefined("noPredicted", Metric.NPV, 0.5);
        assertDefined("noPredicted", Metric.F1, 0.0);
    }

    @Test
    void npvIsUndefinedWhenNothingIsPredictedNegative() {
        assertUndefined("allPredicted", Metric.NPV, "no predicted negatives");
        assertDefined("allPredicted", Metric.PPV, 0.5);
    }

    @Test
    void f1IsUndefinedWithoutPositivesAndWithoutPredictedPositives() {
        boolean[] truth = {false, false};
        double[] scores = {0.1, 0.2};
        LabelMetrics result = new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of());
        assertEquals(MetricValue.undefined("no positive samples and no predicted positives"), result.overall().get(Metric.F1));
    }

    @Test
    void countsAreAlwaysDefined() {
        for (GroupMetrics group : metrics.groups("case")) {
            for (Metric m : Metric.values()) {
                if (m.isCount()) {
                    assertTrue(group.get(m).isDefined(), group.group() + " " + m);
                }
            }
        }
    }

    @Test
    void rowsInNoGroupCountOverallButInNoGroup() {
        assertEquals(10, metrics.overall().n());
        long inGroups = metrics.groups("case").stream().mapToLong(GroupMetrics::n).sum();
        assertEquals(9, inGroups);
    }

    @Test
    void anEmptyLabelHasOnlyUndefinedRates() {
        LabelMetrics result = new LabelMetricsCalculator().compute(new boolean[0], new double[0], 0.5, List.of());
        assertEquals(0, result.overall().n());
        assertFalse(result.overall().get(Metric.AUC).isDefined());
        assertEquals("empty group", result.overall().get(Metric.AUC).undefinedReason());
    }

    private void assertUndefined(String group, Metric metric, String reason) {
        assertEquals(MetricValue.undefined(reason), metrics.group("case", group).get(metric), group + " " + metric);
    }

    private void assertDefined(String group, Metric metric, double value) {
        MetricValue actual = metrics.group("case", group).get(metric);
        assertTrue(actual.isDefined(), group + " " + metric + " is " + actual);
        assertEquals(value, actual.value(), 1e-12, group + " " + metric);
    }
}

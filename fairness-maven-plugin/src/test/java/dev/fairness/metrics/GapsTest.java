package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every gap method, which groups it names, and when it is undefined (with the exact reason). */
class GapsTest {
    private static final double TOLERANCE = 1e-12;

    private static final List<GroupValue> THREE = List.of(
            value("F", 0.80), value("M", 0.90), value("X", 0.70));

    @Test
    void differenceIsMaxMinusMinAndNamesBothGroups() {
        Gap gap = Gaps.difference(Metric.AUC, THREE);
        assertEquals(0.20, gap.value().value(), TOLERANCE);
        assertEquals("M", gap.highGroup());
        assertEquals(0.90, gap.highValue());
        assertEquals("X", gap.lowGroup());
        assertEquals(0.70, gap.lowValue());
        assertEquals(Metric.AUC, gap.metric());
        assertEquals(GapMethod.DIFFERENCE, gap.method());
    }

    @Test
    void ratioIsMinOverMax() {
        Gap gap = Gaps.ratio(Metric.AUC, THREE);
        assertEquals(0.70 / 0.90, gap.value().value(), TOLERANCE);
        assertEquals("M", gap.highGroup());
        assertEquals("X", gap.lowGroup());
    }

    @Test
    void ratioIsUndefinedWhenTheMaximumIsZero() {
        Gap gap = Gaps.ratio(Metric.FPR, List.of(value("a", 0), value("b", 0)));
        assertEquals(MetricValue.undefined("the largest group value is 0.0 ('a'), a ratio needs a positive maximum"), gap.value());
        assertNull(gap.highGroup());
        assertNull(gap.lowGroup());
    }

    @Test
    void differenceOfEqualGroupsIsZeroAndStillNamesTwoGroups() {
        Gap gap = Gaps.difference(Metric.TPR, List.of(value("a", 0.5), value("b", 0.5)));
        assertEquals(0.0, gap.value().value());
        assertEquals("a", gap.highGroup());
        assertEquals("b", gap.lowGroup());
    }

    @Test
    void tiedExtremesNameTheFirstGroupInGroupOrder() {
        Gap gap = Gaps.difference(Metric.TPR, List.of(value("a", 0.4), value("b", 0.9), value("c", 0.9), value("d", 0.4)));
        assertEquals("b", gap.highGroup());
        assertEquals("a", gap.lowGroup());
    }

    @Test
    void undefinedGroupsTakeNoPartInAGap() {
        List<GroupValue> groups = List.of(value("a", 0.9), undefined("b", "no positive samples"), value("c", 0.6));
        Gap gap = Gaps.difference(Metric.TPR, groups);
        assertEquals(0.3, gap.value().value(), TOLERANCE);
        assertEquals("a", gap.highGroup());
        assertEquals("c", gap.lowGroup());
    }

    @Test
    void differenceAndRatioAreUndefinedWithFewerThanTwoDefinedGroups() {
        List<GroupValue> groups = List.of(value("a", 0.9), undefined("b", "no positive samples"), undefined("c", "empty group"));
        MetricValue expected = MetricValue.undefined("fewer than 2 groups with a defined value (1 of 3)");
        assertEquals(expected, Gaps.difference(Metric.TPR, groups).value());
        assertEquals(expected, Gaps.ratio(Metric.TPR, groups).value());
    }

    @Test
    void toOverallIsTheLargestDistanceToTheOverallValue() {
        Gap gap = Gaps.toOverall(Metric.AUC, THREE, MetricValue.of(0.82));
        assertEquals(0.12, gap.value().value(), TOLERANCE);
        assertEquals(Gap.OVERALL, gap.highGroup());
        assertEquals(0.82, gap.highValue());
        assertEquals("X", gap.lowGroup());
    }

    @Test
    void toOverallIsUndefinedWhenTheOverallValueIs() {
        Gap gap = Gaps.toOverall(Metric.TPR, THREE, MetricValue.undefined("no positive samples"));
        assertEquals(MetricValue.undefined("the overall value is undefined (no positive samples)"), gap.value());
    }

    @Test
    void toOverallRatioIsTheSmallestTwoWayRatio() {
        Gap gap = Gaps.toOverallRatio(Metric.AUC, THREE, MetricValue.of(0.8));
        assertEquals(0.7 / 0.8, gap.value().value(), TOLERANCE);
        assertEquals("X", gap.lowGroup());
    }

    @Test
    void toReferenceIsTheLargestDistanceToTheReferenceGroup() {
        List<GroupValue> exact = List.of(value("F", 0.5), value("M", 0.75), value("X", 0.25));
        Gap gap = Gaps.toReference(Metric.AUC, exact, "F");
        assertEquals(0.25, gap.value().value()); // |0.75 - 0.5| and |0.25 - 0.5| tie: the first is named
        assertEquals("M", gap.highGroup());
        assertEquals("F", gap.lowGroup());
        Gap fromX = Gaps.toReference(Metric.AUC, THREE, "X");
        assertEquals(0.20, fromX.value().value(), TOLERANCE);
        assertEquals("M", fromX.highGroup());
        assertEquals("X", fromX.lowGroup());
    }

    @Test
    void toReferenceWithAnUnknownReferenceListsTheGroups() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gaps.toReference(Metric.AUC, THREE, "female"));
        assertEquals("reference group 'female' is not one of the groups [F, M, X]", e.getMessage());
    }

    @Test
    void toReferenceWithoutAReferenceIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gaps.compute(Metric.AUC, GapMethod.TO_REFERENCE, THREE, MetricValue.of(0.8), null));
        assertEquals("gap method 'toReference' needs a reference group; groups are [F, M, X]", e.getMessage());
    }

    @Test
    void toReferenceIsUndefinedWhenTheReferenceGroupIs() {
        List<GroupValue> groups = List.of(undefined("F", "no positive samples"), value("M", 0.9));
        assertEquals(MetricValue.undefined("reference group 'F' is undefined (no positive samples)"),
                Gaps.toReference(Metric.TPR, groups, "F").value());
    }

    @Test
    void toReferenceIsUndefinedWhenNoOtherGroupIsDefined() {
        List<GroupValue> groups = List.of(value("F", 0.9), undefined("M", "empty group"));
        assertEquals(MetricValue.undefined("no group other than the reference group 'F' has a defined value"),
                Gaps.toReference(Metric.TPR, groups, "F").value());
    }

    @Test
    void worstOfAHigherIsBetterMetricIsTheMinimum() {
        Gap gap = Gaps.worst(Metric.AUC, THREE);
        assertEquals(0.70, gap.value().value(), TOLERANCE);
        assertEquals("X", gap.highGroup());
        assertEquals("X", gap.lowGroup());
    }

    @Test
    void worstOfALowerIsBetterMetricIsTheMaximum() {
        Gap gap = Gaps.worst(Metric.FPR, THREE);
        assertEquals(0.90, gap.value().value(), TOLERANCE);
        assertEquals("M", gap.highGroup());
    }

    @Test
    void worstIsAConfigurationErrorForAMetricWithoutABetterDirection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gaps.worst(Metric.SELECTION_RATE, THREE));
        assertEquals("gap method 'worst' needs a metric where higher or lower is better; selection rate has no better direction",
                e.getMessage());
    }

    @Test
    void worstIsUndefinedWhenNoGroupIsDefined() {
        assertEquals(MetricValue.undefined("no group has a defined value (0 of 1)"),
                Gaps.worst(Metric.AUC, List.of(undefined("a", "empty group"))).value());
    }

    @Test
    void computeDispatchesEveryMethod() {
        MetricValue overall = MetricValue.of(0.8);
        for (GapMethod method : GapMethod.values()) {
            Gap gap = Gaps.compute(Metric.AUC, method, THREE, overall, "F");
            assertEquals(method, gap.method());
        }
    }

    @Test
    void gapMethodsAreFoundByTheirPomNames() {
        assertEquals(GapMethod.TO_REFERENCE, GapMethod.fromId("toReference"));
        assertEquals(GapMethod.TO_REFERENCE, GapMethod.fromId("to_reference"));
        assertEquals(GapMethod.DIFFERENCE, GapMethod.fromId("Difference"));
        assertNull(GapMethod.fromId("mean"));
    }

    static GroupValue value(String group, double value) {
        return new GroupValue(group, MetricValue.of(value));
    }

    static GroupValue undefined(String group, String reason) {
        return new GroupValue(group, MetricValue.undefined(reason));
    }
}

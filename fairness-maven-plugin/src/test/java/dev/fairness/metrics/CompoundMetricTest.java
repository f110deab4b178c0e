package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Compound criteria: the worst of their components' gaps, undefined if any component is. */
class CompoundMetricTest {
    private static final double TOLERANCE = 1e-12;

    private final List<GroupMetrics> groups = List.of(
            group("a", 0.9, 0.10, 0.5),
            group("b", 0.6, 0.15, 0.4));

    @Test
    void equalizedOddsDifferenceIsTheLargerOfTheTprAndFprDifferences() {
        Gap gap = CompoundMetric.EQUALIZED_ODDS.gap(GapMethod.DIFFERENCE, groups, null, null);
        assertEquals(0.3, gap.value().value(), TOLERANCE);
        assertEquals(Metric.TPR, gap.metric());
        assertEquals("a", gap.highGroup());
        assertEquals("b", gap.lowGroup());
    }

    @Test
    void equalizedOddsRatioIsTheSmallerOfTheTprAndFprRatios() {
        Gap gap = CompoundMetric.EQUALIZED_ODDS.gap(GapMethod.RATIO, groups, null, null);
        assertEquals(0.6 / 0.9, gap.value().value(), TOLERANCE); // FPR ratio is 0.10/0.15 = 0.667 too; TPR first
        Gap fprDecides = CompoundMetric.EQUALIZED_ODDS.gap(GapMethod.RATIO,
                List.of(group("a", 0.9, 0.1, 0.5), group("b", 0.8, 0.2, 0.5)), null, null);
        assertEquals(0.5, fprDecides.value().value(), TOLERANCE);
        assertEquals(Metric.FPR, fprDecides.metric());
    }

    @Test
    void equalizedOddsToReferenceUsesTheReferenceForBothComponents() {
        Gap gap = CompoundMetric.EQUALIZED_ODDS.gap(GapMethod.TO_REFERENCE, groups, null, "b");
        assertEquals(0.3, gap.value().value(), TOLERANCE);
        assertEquals("b", gap.lowGroup());
    }

    @Test
    void equalOpportunityIsTheTprGapAndDemographicParityTheSelectionRateGap() {
        assertEquals(0.3, CompoundMetric.EQUAL_OPPORTUNITY.gap(GapMethod.DIFFERENCE, groups, null, null).value().value(), TOLERANCE);
        Gap parity = CompoundMetric.DEMOGRAPHIC_PARITY.gap(GapMethod.DIFFERENCE, groups, null, null);
        assertEquals(0.1, parity.value().value(), TOLERANCE);
        assertEquals(Metric.SELECTION_RATE, parity.metric());
    }

    @Test
    void equalizedOddsIsUndefinedWhenOneComponentIs() {
        GroupMetrics noNegatives = withValue(group("b", 0.6, 0, 0.4), Metric.FPR, MetricValue.undefined("no negative samples"));
        Gap gap = CompoundMetric.EQUALIZED_ODDS.gap(GapMethod.DIFFERENCE, List.of(groups.get(0), noNegatives), null, null);
        assertEquals(MetricValue.undefined("FPR difference is undefined: fewer than 2 groups with a defined value (1 of 2)"),
                gap.value());
        assertEquals(Metric.FPR, gap.metric());
    }

    @Test
    void worstEqualizedOddsIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompoundMetric.EQUALIZED_ODDS.gap(GapMethod.WORST, groups, null, null));
        assertEquals("gap method 'worst' is not defined for equalized odds, which combines 2 metrics", e.getMessage());
    }

    @Test
    void worstEqualOpportunityIsTheLowestTpr() {
        Gap gap = CompoundMetric.EQUAL_OPPORTUNITY.gap(GapMethod.WORST, groups, null, null);
        assertEquals(0.6, gap.value().value(), TOLERANCE);
        assertEquals("b", gap.lowGroup());
    }

    @Test
    void compoundMetricsAreFoundByTheirPomNames() {
        assertEquals(CompoundMetric.EQUALIZED_ODDS, CompoundMetric.fromId("equalizedOdds"));
        assertEquals(CompoundMetric.EQUALIZED_ODDS, CompoundMetric.fromId("equalized_odds"));
        assertEquals(CompoundMetric.DEMOGRAPHIC_PARITY, CompoundMetric.fromId("demographic-parity"));
    }

    private static GroupMetrics group(String name, double tpr, double fpr, double selectionRate) {
        EnumMap<Metric, MetricValue> values = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            values.put(m, MetricValue.undefined("not set in this test"));
        }
        values.put(Metric.TPR, MetricValue.of(tpr));
        values.put(Metric.FPR, MetricValue.of(fpr));
        values.put(Metric.SELECTION_RATE, MetricValue.of(selectionRate));
        return new GroupMetrics(name, values);
    }

    private static GroupMetrics withValue(GroupMetrics group, Metric metric, MetricValue value) {
        EnumMap<Metric, MetricValue> values = new EnumMap<>(group.values());
        values.put(metric, value);
        return new GroupMetrics(group.group(), values);
    }
}

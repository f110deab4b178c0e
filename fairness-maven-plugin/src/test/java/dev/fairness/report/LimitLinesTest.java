package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where each kind of rule draws its limit, on Fairlearn's example: TPR a .5, b .6, c .4 (overall .5); FPR a 1.0,
 * b 0, c .667; selection rate a .75, b .5, c .5 (overall .556).
 */
class LimitLinesTest {
    @TempDir
    Path dir;

    private List<String> lines(Rule rule, Metric metric, int minGroupSize) {
        EvaluationResult result = ReportFixtures.evaluate(ReportFixtures.predictions(dir, ReportFixtures.GROUP),
                minGroupSize, List.of(rule));
        RuleResult r = result.verdict().results().get(0);
        LabelMetrics metrics = result.labels().get(0).metrics();
        List<String> out = new ArrayList<>();
        for (BarChart.Line line : LimitLines.of(r, metric, metrics.groups("group"), metrics.overall(),
                new ReportMessages(Locale.ENGLISH))) {
            out.add(String.format(Locale.ROOT, "%.4f %s", line.value(), line.label()));
        }
        return out;
    }

    private static Rule rule(String metric, GapMethod gap, Double maximum, Double minimum, String reference) {
        return new Rule(Measure.parse(metric), "group", null, gap, reference, maximum, minimum, MissingPolicy.WARN);
    }

    @Test
    void aDifferenceLimitIsTheHighestValueMinusTheLimit() {
        assertEquals(List.of("0.5000 highest TPR − 0.100 = 0.500"),
                lines(rule("tpr", GapMethod.DIFFERENCE, 0.1, null, null), Metric.TPR, 1));
    }

    @Test
    void groupsLeftOutOfTheRuleDoNotSetTheLevel() {
        // a (n = 4, selection rate .75) is below the minimum size 5: the highest compared value is .5
        // neither side of a selection rate is better: both lines, from the compared groups b and c (.5) only
        assertEquals(List.of("0.2000 highest selection rate − 0.300 = 0.200", "0.8000 lowest selection rate + 0.300 = 0.800"),
                lines(rule("selectionRate", GapMethod.DIFFERENCE, 0.3, null, null), Metric.SELECTION_RATE, 5));
    }

    @Test
    void aRatioLimitIsTheHighestValueTimesTheLimit() {
        assertEquals(List.of("0.4800 highest TPR × 0.800 = 0.480"),
                lines(rule("tpr", GapMethod.RATIO, null, 0.8, null), Metric.TPR, 1));
    }

    @Test
    void aToOverallLimitIsABandAroundTheOverallValue() {
        assertEquals(List.of("0.6000 overall TPR + 0.100 = 0.600", "0.4000 overall TPR − 0.100 = 0.400"),
                lines(rule("tpr", GapMethod.TO_OVERALL, 0.1, null, null), Metric.TPR, 1));
    }

    @Test
    void aToOverallRatioLimitIsABandFromOverallTimesToOverallDividedByTheLimit() {
        assertEquals(List.of("0.4444 overall selection rate × 0.800 = 0.444",
                        "0.6944 overall selection rate ÷ 0.800 = 0.694"),
                lines(rule("selectionRate", GapMethod.TO_OVERALL_RATIO, null, 0.8, null), Metric.SELECTION_RATE, 1));
    }

    @Test
    void aToReferenceLimitIsABandAroundTheReferenceGroup() {
        assertEquals(List.of("0.7000 TPR of b + 0.100 = 0.700", "0.5000 TPR of b − 0.100 = 0.500"),
                lines(rule("tpr", GapMethod.TO_REFERENCE, 0.1, null, "b"), Metric.TPR, 1));
    }

    @Test
    void aWorstGroupLimitIsTheLimitItself() {
        assertEquals(List.of("0.7000 maximum 0.700"), lines(rule("fpr", GapMethod.WORST, 0.7, null, null), Metric.FPR, 1));
        assertEquals(List.of("0.3500 minimum 0.350"), lines(rule("tpr", GapMethod.WORST, null, 0.35, null), Metric.TPR, 1));
    }

    @Test
    void aCompoundRuleDrawsItsLimitOnEachComponentsOwnScale() {
        Rule odds = rule("equalizedOdds", GapMethod.DIFFERENCE, 0.1, null, null);
        assertEquals(List.of("0.5000 highest TPR − 0.100 = 0.500"), lines(odds, Metric.TPR, 1));
        // lower FPR is better: the line marks the worse side, above the lowest FPR (b 0), not below the highest
        assertEquals(List.of("0.1000 lowest FPR + 0.100 = 0.100"), lines(odds, Metric.FPR, 1));
    }

    @Test
    void aLimitWithoutALevelOnTheScaleDrawsNothing() {
        // a minimum on a difference bounds the spread from below: no single level shows it
        assertEquals(List.of(), lines(rule("tpr", GapMethod.DIFFERENCE, null, 0.05, null), Metric.TPR, 1));
    }

    @Test
    void aRatioOfALowerIsBetterMetricIsTheLowestValueDividedByTheLimit() {
        // FPR b 0 is the lowest: every other group would break an FPR ratio >= 0.8 unless at most 0 / 0.8
        assertEquals(List.of("0.0000 lowest FPR ÷ 0.800 = 0.000"), lines(rule("fpr", GapMethod.RATIO, null, 0.8, null), Metric.FPR, 1));
    }

    @Test
    void aTaggedLineNamesItsRuleByNumberMeasureAndLimit() {
        EvaluationResult result = ReportFixtures.evaluate(ReportFixtures.predictions(dir, ReportFixtures.GROUP), 1,
                List.of(rule("tpr", GapMethod.DIFFERENCE, 0.1, null, null)));
        LabelMetrics metrics = result.labels().get(0).metrics();
        BarChart.Line line = LimitLines.of(result.verdict().results().get(0), 3, Metric.TPR, metrics.groups("group"),
                metrics.overall(), new ReportMessages(Locale.ENGLISH)).get(0);
        assertEquals("R3", line.tag());
        assertEquals("rule 3 (TPR difference ≤ 0.100): highest TPR − 0.100 = 0.500", line.label());
    }
}

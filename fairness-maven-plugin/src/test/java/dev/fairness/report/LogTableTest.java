package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.LogText;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluatorStatisticsFixtures;
import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build log's table for a small test set (160 rows; 200 replicates, seed 42): every value with its interval,
 * counts always, undefined values with their reasons, small groups marked, met rules listed. The numbers are
 * the engine's own (seeded, so stable); the formats are what is asserted.
 */
class LogTableTest {
    private static EvaluationResult result;
    private static List<String> lines;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        result = EvaluatorStatisticsFixtures.result(dir);
        lines = LogTable.lines(result);
    }

    @Test
    void theTableSaysHowTheIntervalsWereComputed() {
        assertEquals("Intervals: 95% CIs, 200 bootstrap replicates, seed 42: per group Wilson score for counted rates "
                + "(TPR, FPR, PPV, NPV, accuracy, ...), percentile of the replicates for the others (AUC, F1, ...), "
                + "resampled within group (and true class for class-conditional metrics such as AUC); gaps max-t, "
                + "simultaneous over each rule's comparisons: of counted rates, two groups' difference or ratio by "
                + "MOVER with their Jeffreys bounds, a group against the overall line by MOVER on the group and the "
                + "rest of the line, a group's own value by Wilson score; of AUC and F1, a group against the overall "
                + "line with the logit scale's shape and the bootstrap SD's width; any other comparison (two groups' "
                + "AUC or F1, ...) ± max-t × bootstrap SD.", lines.get(0));
    }

    @Test
    void aChosenThresholdIsShownWithHowItWasChosen() {
        assertTrue(lines.get(1).matches("Effusion by sex \\(threshold 0\\.\\d{3}, target FPR 0\\.200 on the test set\\):"),
                lines.get(1));
    }

    @Test
    void everyValueHasItsIntervalAndEveryGroupItsCounts() {
        assertEquals("  group        n    pos    neg  AUC                  TPR                  FPR                  PPV"
                + "                  F1                   ECE", lines.get(2));
        String value = "\\d\\.\\d{3} \\(\\d\\.\\d{3}–\\d\\.\\d{3}\\)";
        for (String row : List.of(lines.get(3), lines.get(4), lines.get(5))) {
            assertTrue(row.matches("  (F|M|overall) +\\d+ +\\d+ +\\d+(  " + value + "){6}"), row);
        }
    }

    @Test
    void everyGroupsRowIsTheTextAFormatterPerCellGave() {
        // the table pads and rounds by hand (DecimalText); the String.format patterns it replaced are the reference
        List<String> expected = new ArrayList<>();
        for (LabelResult label : result.labels()) {
            for (Map.Entry<String, List<GroupMetrics>> grouping : label.metrics().byGrouping().entrySet()) {
                int width = Math.max(7, grouping.getValue().stream()
                        .mapToInt(g -> LogText.escape(g.group()).length() + 1).max().orElse(0));
                for (GroupMetrics group : grouping.getValue()) {
                    String name = LogText.escape(group.group()) + (group.n() < result.minGroupSize() ? "*" : "");
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s %6d %6d %6d",
                            name, group.n(), (long) group.get(Metric.POSITIVES).value(),
                            (long) group.get(Metric.NEGATIVES).value()));
                    for (Metric m : LogTable.COLUMNS) {
                        MetricValue v = group.get(m);
                        Interval ci = label.bootstrap().group(grouping.getKey(), group.group(), m);
                        String text = !v.isDefined() ? "n/a" : String.format(Locale.ROOT, "%.3f", v.value())
                                + (ci.isDefined() ? String.format(Locale.ROOT, " (%.3f–%.3f)", ci.lower(), ci.upper())
                                + (ci.isComplete() ? "" : "^") : " (n/a)");
                        row.append(String.format(Locale.ROOT, "  %-19s", text));
                    }
                    expected.add(row.toString().stripTrailing());
                }
            }
        }

        assertEquals(expected, lines.stream().filter(l -> l.startsWith("  ") && !l.startsWith("  group")
                && !l.startsWith("  overall") && !l.startsWith("  n/a")).toList());
    }

    @Test
    void aSmallGroupIsMarkedAndItsUndefinedValuesExplained() {
        // FPR 0 of 6 negatives: Wilson's 0.000–0.390, no longer the zero-width 0.000–0.000 of its replicates
        String row = lines.stream().filter(l -> l.startsWith("  80+*")).findFirst().orElseThrow();
        assertTrue(row.matches("  80\\+\\* {9}6 {6}0 {6}6  n/a {18}n/a {18}0\\.000 \\(0\\.000–0\\.390\\)  n/a {18}n/a {18}"
                + "\\d\\.\\d{3} \\(\\d\\.\\d{3}–\\d\\.\\d{3}\\)"), row);
        assertTrue(lines.contains("  n/a for '80+': AUC (only one class present (0 positives, 6 negatives)); TPR (no "
                + "positive samples); PPV (no predicted positives); F1 (no positive samples and no predicted positives)"));
        assertTrue(lines.contains("* fewer than 10 samples (minGroupSize): left out of rules."));
    }

    @Test
    void aValueFromFewerCasesThanTheMinimumClassCountShowsTheCountInsteadOfAZeroWidthInterval(@TempDir Path dir) {
        EvaluationResult r = EvaluatorStatisticsFixtures.result(dir);
        EvaluationResult withMinimum = new EvaluationResult(r.createdAt(), r.pluginVersion(), r.model(), r.data(),
                r.minGroupSize(), r.labels(), r.verdict(), r.predictions(), r.bootstrap(), r.validationSource(), 10,
                r.groupings());
        List<String> table = LogTable.lines(withMinimum);
        String row = table.stream().filter(l -> l.startsWith("  80+*")).findFirst().orElseThrow();
        assertTrue(row.matches("  80\\+\\* {9}6 {6}0 {6}6  n/a {18}n/a {18}0\\.000 \\(6 neg\\)† {7}n/a {18}n/a {18}"
                + "\\d\\.\\d{3} \\(\\d\\.\\d{3}–\\d\\.\\d{3}\\)"), row);
        assertTrue(table.contains("† fewer than 10 cases of the class the metric rests on (minClassCount), shown in "
                + "brackets: no interval, and left out of rules on that metric."), String.join("\n", table));
    }

    @Test
    void theTableSaysThatTheEceIsBiasedAndHowToGateCalibration() {
        assertTrue(lines.contains("ECE is the plug-in estimate, biased upwards on small groups (a perfectly calibrated "
                + "model shows about 0.10 at n = 100), and its interval does not cover the true calibration error: gate "
                + "calibration with an ece rule, <gap>worst</gap>, <gateOn>significant</gateOn> (calibration test)."),
                String.join("\n", lines));
    }
}

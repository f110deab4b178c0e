package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.OperatingPoint;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.SortedLabel;
import dev.fairness.metrics.ThresholdMethod;
import dev.fairness.metrics.ThresholdSelector;
import dev.fairness.testing.RecordingLog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intervals, chosen thresholds and validation sets through the whole evaluation, from a predictions CSV. */
class EvaluatorStatisticsTest {
    private static final BootstrapSettings BOOTSTRAP = new BootstrapSettings(200, 0.95, 42);

    @TempDir
    Path dir;

    private static Rule rule(String metric, GapMethod gap, double max, GateOn gateOn) {
        return new Rule(Measure.parse(metric), "sex", null, gap, null, max, null, MissingPolicy.WARN, gateOn);
    }

    private EvaluationResult evaluate(EvaluationSpec spec, RecordingLog log) {
        return new Evaluator(log, "test").evaluate(spec);
    }

    @Test
    void everyGroupsMetricAndEveryGapHasAnInterval() {
        Path test = StatisticsFixture.write(dir, "test.csv", 1);
        EvaluationResult result = evaluate(StatisticsFixture.spec(test, List.of(rule("auc", GapMethod.DIFFERENCE, 0.5,
                GateOn.POINT), rule("equalizedOdds", GapMethod.TO_OVERALL, 0.5, GateOn.CERTAIN)), BOOTSTRAP, null,
                Map.of(), Map.of(), null, null), new RecordingLog());
        LabelResult label = result.labels().get(0);
        assertTrue(label.hasIntervals());
        for (String grouping : List.of("sex", "age")) {
            for (var group : label.metrics().groups(grouping)) {
                for (Metric m : Metric.values()) {
                    Interval ci = label.bootstrap().group(grouping, group.group(), m);
                    assertEquals(200, ci.replicates());
                    if (group.get(m).isDefined()) {
                        assertTrue(ci.isDefined(), grouping + " " + group.group() + " " + m);
                    }
                }
            }
        }
        // 15 rates and 3 compound criteria per grouping
        assertEquals(2 * 18, label.gaps().size());
        GapSummary aucBySex = label.gaps().stream().filter(g -> g.grouping().equals("sex")
                && g.measure().id().equals("auc")).findFirst().orElseThrow();
        assertTrue(aucBySex.interval().isDefined());
        assertEquals(aucBySex.gap().value(), result.verdict().results().get(0).gap().value());
        assertEquals(aucBySex.interval(), result.verdict().results().get(0).interval());
        assertNotNull(result.verdict().results().get(1).interval(), "a toOverall rule gets its grouping's own overall");
        assertEquals(BOOTSTRAP, result.bootstrap());
    }

    @Test
    void aSmallGroupIsLeftOutOfEveryGapWithItsReason() {
        Path test = StatisticsFixture.write(dir, "test.csv", 1);
        EvaluationResult result = evaluate(StatisticsFixture.spec(test, List.of(), BOOTSTRAP, null, Map.of(), Map.of(),
                null, null), new RecordingLog());
        GapSummary tprByAge = result.labels().get(0).gaps().stream().filter(g -> g.grouping().equals("age")
                && g.measure().id().equals("tpr")).findFirst().orElseThrow();
        assertEquals("80+", tprByAge.excluded().get(0).group());
        assertEquals("n = 6 is below the minimum group size 10", tprByAge.excluded().get(0).reason());
    }

    @Test
    void aChosenThresholdIsRecordedAndLogged() {
        Path test = StatisticsFixture.write(dir, "test.csv", 1);
        RecordingLog log = new RecordingLog();
        EvaluationResult result = evaluate(StatisticsFixture.spec(test, List.of(), BootstrapSettings.NONE,
                OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null), Map.of(), Map.of(), null, null), log);
        LabelResult label = result.labels().get(0);
        var predictions = result.predictions();
        OperatingPoint expected = ThresholdSelector.choose(SortedLabel.of(predictions.truth(0), predictions.scores(0)),
                OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null), OperatingPoint.TEST_SET);
        assertEquals(expected, label.operatingPoint());
        assertEquals(expected.threshold(), label.threshold());
        assertEquals(expected.threshold(), label.metrics().threshold());
        assertTrue(log.lines().contains(String.format(java.util.Locale.ROOT, "Threshold of Effusion: %.3f, chosen by "
                + "Youden's J on the test set (TPR %.3f, FPR %.3f there).", expected.threshold(), expected.tpr(),
                expected.fpr())), log.lines().toString());
        assertNull(label.bootstrap());
    }

    @Test
    void aChosenThresholdLeavesTheThresholdFreeMetricsAlone() {
        Path test = StatisticsFixture.write(dir, "test.csv", 1);
        LabelResult fixed = evaluate(StatisticsFixture.spec(test, List.of(), BootstrapSettings.NONE, null, Map.of(),
                Map.of(), null, null), new RecordingLog()).labels().get(0);
        LabelResult chosen = evaluate(StatisticsFixture.spec(test, List.of(), BootstrapSettings.NONE,
                OperatingPointSpec.chosen(ThresholdMethod.TARGET_TPR, 0.9), Map.of(), Map.of(), null, null),
                new RecordingLog()).labels().get(0);
        assertTrue(chosen.threshold() != fixed.threshold());
        for (Metric m : List.of(Metric.AUC, Metric.AVERAGE_PRECISION, Metric.BRIER, Metric.ECE)) {
            assertEquals(fixed.metrics().overall().get(m), chosen.metrics().overall().get(m));
            assertEquals(fixed.metrics().group("sex", "F").get(m), chosen.metrics().group("sex", "F").get(m));
        }
        assertTrue(chosen.metrics().overall().get(Metric.TPR).value() >= 0.9);
    }

    @Test
    void thresholdsAreChosenOnTheValidationSetWhenOneIsGiven() {
        Path test = StatisticsFixture.write(dir, "test.csv", 1);
        Path validation = StatisticsFixture.write(dir, "validation.csv", 2);
        RecordingLog log = new RecordingLog();
        EvaluationResult result = evaluate(StatisticsFixture.spec(test, List.of(), BootstrapSettings.NONE,
                OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.2), Map.of(), Map.of(), null, validation), log);
        var v = dev.fairness.dataset.PredictionsCsvReader.read(validation, StatisticsFixture.LABELS, List.of());
        OperatingPoint expected = ThresholdSelector.choose(SortedLabel.of(v.truth(0), v.scores(0)),
                OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.2), OperatingPoint.VALIDATION_SET);
        assertEquals(expected, result.labels().get(0).operatingPoint());
        assertEquals(validation.toString(), result.validationSource());
        assertTrue(log.lines().contains("Read 160 validation predictions from " + validation
                + " to choose thresholds on."), log.lines().toString());
    }

    @Test
    void aLabelsOwnOperatingPointWinsOverItsThresholdAndTheDefault() {
        Path test = StatisticsFixture.write(dir, "test.csv", 1);
        EvaluationSpec spec = StatisticsFixture.spec(test, List.of(), BootstrapSettings.NONE,
                OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null),
                Map.of("Effusion", OperatingPointSpec.fixed(0.42)), Map.of("Effusion", 0.3), null, null);
        assertEquals(0.42, evaluate(spec, new RecordingLog()).labels().get(0).threshold());
        EvaluationSpec withoutOwn = StatisticsFixture.spec(test, List.of(), BootstrapSettings.NONE,
                OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null), Map.of(), Map.of("Effusion", 0.3), null, null);
        assertEquals(0.3, withoutOwn.operatingPointOf("Effusion").threshold());
    }

    @Test
    void anUnusedValidationSetIsAWarning() {
        Path test = StatisticsFixture.write(dir, "test.csv", 1);
        RecordingLog log = new RecordingLog();
        evaluate(StatisticsFixture.spec(test, List.of(), BootstrapSettings.NONE, null, Map.of(), Map.of(), null, test), log);
        assertTrue(log.lines().contains("WARN A validation set is configured, but every label has a fixed threshold: it "
                + "is not used. Set <thresholdMethod> (or an <operatingPoint>) to choose thresholds on it."));
    }

    @Test
    void aThresholdThatCannotBeChosenNamesTheLabelAndWhatToDo() {
        Path test = StatisticsFixture.write(dir, "test.csv", 1);
        Path noPositives = dir.resolve("validation.csv");
        try {
            java.nio.file.Files.write(noPositives, List.of("id,true_Effusion,score_Effusion", "a,0,0.2", "b,0,0.4"));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        InputException e = assertThrows(InputException.class, () -> evaluate(StatisticsFixture.spec(test, List.of(),
                BootstrapSettings.NONE, OperatingPointSpec.chosen(ThresholdMethod.MAX_F1, null), Map.of(), Map.of(),
                null, noPositives), new RecordingLog()));
        assertEquals("Cannot choose the threshold of label 'Effusion' by maximal F1: maximal F1 needs positive and "
                + "negative samples, but the validation set has 0 positives and 2 negatives (" + noPositives + "). Set a "
                + "fixed threshold for this label, or choose on a set that has both classes.", e.getMessage());
    }
}

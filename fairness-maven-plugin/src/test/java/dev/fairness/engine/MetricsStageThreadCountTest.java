package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Predictions;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.groups.Grouping;
import dev.fairness.groups.GroupingBuilder;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;
import dev.fairness.testing.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The labels' sorts, thresholds and metrics run on worker threads as soon as their inputs are there: every
 * thread count gives the same thresholds, metrics, intervals, gaps and verdict, and the log says the same in the
 * same order; when several steps fail, the one reported is the first in the order the phases run.
 */
class MetricsStageThreadCountTest {
    private static final List<String> LABELS = List.of("a", "b", "c");
    private static final int ROWS = 12_000;

    @TempDir
    Path dir;

    @Test
    void everyThreadCountGivesTheSameThresholdsMetricsGapsVerdictAndLog() {
        Predictions predictions = predictions();
        List<Grouping> groupings = groupings(predictions);
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(dir.resolve("p.csv"),
                        LabelSpec.binaryColumns(LABELS)), dir.resolve("out"))
                .withGroupings(Groupings.of("sex", "site").withIntersections("sex×site"))
                .withOperatingPoints(OperatingPoints.DEFAULT.withPerLabel(Map.of(
                        "b", OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null),
                        "c", OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.1))))
                .withBootstrap(new BootstrapSettings(40, 0.95, 7))
                .withRules(new Rule(Measure.parse("tpr"), "site", null, GapMethod.DIFFERENCE, null, 0.05, null,
                        MissingPolicy.WARN, GateOn.SIGNIFICANT));
        RecordingLog oneLog = new RecordingLog();
        MetricsStage.Outcome one = new MetricsStage(oneLog, 1).run(spec, predictions, groupings, null, null);
        for (int threads : new int[] {2, 3, 8}) {
            RecordingLog log = new RecordingLog();
            MetricsStage.Outcome outcome = new MetricsStage(log, threads).run(spec, predictions, groupings, null, null);
            for (int l = 0; l < LABELS.size(); l++) {
                LabelResult expected = one.labels().get(l);
                LabelResult actual = outcome.labels().get(l);
                String where = LABELS.get(l) + " on " + threads + " threads";
                assertEquals(expected.operatingPoint(), actual.operatingPoint(), where);
                assertEquals(expected.metrics(), actual.metrics(), where);
                assertEquals(expected.gaps(), actual.gaps(), where);
            }
            assertEquals(one.verdict(), outcome.verdict(), threads + " threads");
            assertEquals(withoutSeconds(oneLog.lines()), withoutSeconds(log.lines()), threads + " threads");
        }
        assertEquals(2, oneLog.lines().stream().filter(line -> line.startsWith("Threshold of ")).count());
    }

    @Test
    void aBadGroupingValueIsReportedBeforeAThresholdThatCannotBeChosenThoughBothStepsRunAtOnce()
            throws IOException {
        List<String> lines = new ArrayList<>(List.of("id,true_y,score_y,age"));
        for (int r = 0; r < 2_000; r++) {
            lines.add("r" + r + ",1," + (r % 97) / 97.0 + "," + (r == 1_999 ? "old" : String.valueOf(r % 90)));
        }
        Path csv = Files.write(dir.resolve("predictions.csv"), lines);
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(csv, LabelSpec.binaryColumns(List.of("y"))),
                        dir.resolve("out"))
                .withGroupings(Groupings.of("age").withBins("age", 0.0, 40.0))
                .withOperatingPoints(OperatingPoints.DEFAULT.withChosen(
                        OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null)));

        InputException e = assertThrows(InputException.class, () -> new Evaluator(new RecordingLog(), "test").evaluate(spec));

        assertEquals("predictions.csv, line 2001, column 'age': expected a number, found 'old'. Fix the value, or remove the bins "
                + "of 'age' to treat it as categorical.", e.getMessage());
    }

    private static List<String> withoutSeconds(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll("in \\d+\\.\\d s", "in _ s")).toList();
    }

    private static Predictions predictions() {
        Random random = new Random(21);
        String[] ids = new String[ROWS];
        boolean[][] truth = new boolean[LABELS.size()][ROWS];
        double[][] scores = new double[LABELS.size()][ROWS];
        String[] sex = new String[ROWS];
        String[] site = new String[ROWS];
        for (int r = 0; r < ROWS; r++) {
            ids[r] = "r" + r;
            sex[r] = random.nextBoolean() ? "F" : "M";
            site[r] = "s" + random.nextInt(4);
            for (int l = 0; l < LABELS.size(); l++) {
                truth[l][r] = random.nextDouble() < 0.2 + 0.05 * l;
                double raw = (truth[l][r] ? 0.3 : 0) + random.nextGaussian() * 0.2 + 0.35;
                scores[l][r] = Math.min(1, Math.max(0, Math.round(raw * 1000) / 1000.0)); // tie blocks
            }
        }
        Map<String, String[]> attributes = new LinkedHashMap<>();
        attributes.put("sex", sex);
        attributes.put("site", site);
        return new Predictions(LABELS, ids, truth, scores, attributes);
    }

    private static List<Grouping> groupings(Predictions predictions) {
        Map<String, String[]> values = new LinkedHashMap<>();
        for (String attribute : predictions.attributeNames()) {
            values.put(attribute, predictions.attribute(attribute));
        }
        GroupingBuilder builder = new GroupingBuilder(values, Map.of(), row -> "row " + row);
        return List.of(builder.build("sex"), builder.build("site"), builder.build("sex×site"));
    }
}

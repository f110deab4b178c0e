package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Predictions;
import dev.fairness.inference.Device;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SyntheticTestSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Scores that cannot separate anything (all equal, or all on one side of a fixed threshold) are warned about. */
class DegenerateScoresTest {
    private static final String CAUSE = " This is what a model produces when its images are prepared differently "
            + "from training (a forgotten <mean>/<std> in <preprocessing>, a wrong channel order) or when it was "
            + "exported in training mode.";
    private static final EvaluationSpec SPEC = EvaluationSpec.of(Inputs.images(Path.of("model.onnx"),
            Path.of("manifest.csv"), LabelSpec.binaryColumns(List.of("A", "B"))), Path.of("out"));

    private static Predictions predictions(double[] a, double[] b) {
        String[] ids = new String[a.length];
        boolean[][] truth = new boolean[2][a.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "r" + i;
            truth[0][i] = i % 2 == 0;
            truth[1][i] = i % 2 == 1;
        }
        return new Predictions(List.of("A", "B"), ids, truth, new double[][] {a, b}, Map.of());
    }

    @Test
    void spreadScoresOnBothSidesGiveNoWarning() {
        assertEquals(List.of(), DegenerateScores.warnings(predictions(new double[] {0.2, 0.7, 0.5},
                new double[] {0.49, 0.51, 0.1}), SPEC));
    }

    @Test
    void equalScoresSayTheOutputDoesNotDependOnTheImage() {
        assertEquals(List.of("Degenerate scores for B: all 3 images have the same score 0.3000 (within 1e-12), so "
                + "the model's output does not depend on the image." + CAUSE + " Compare <preprocessing> with the "
                + "training code; a reference score column (<referenceColumnPrefix>) checks it image by image."),
                DegenerateScores.warnings(predictions(new double[] {0.2, 0.7, 0.5},
                        new double[] {0.3, 0.3 + 1e-13, 0.3}), SPEC));
    }

    @Test
    void scoresAllAtOrAboveTheThresholdArePredictedPositive() {
        assertEquals(List.of("Degenerate scores for A: all 3 images score at or above the threshold 0.500 (scores "
                + "0.5000 to 0.9100), so every image is predicted positive and the rates by group say nothing about "
                + "the model." + CAUSE + " Compare <preprocessing> with the training code (a reference score column, "
                + "<referenceColumnPrefix>, checks it image by image), or set this label's threshold if it lies "
                + "outside the model's score range."), DegenerateScores.warnings(predictions(
                        new double[] {0.5, 0.91, 0.6}, new double[] {0.2, 0.7, 0.5}), SPEC));
    }

    @Test
    void scoresAllBelowALabelsOwnThresholdArePredictedNegative() {
        EvaluationSpec spec = SPEC.withOperatingPoints(OperatingPoints.DEFAULT.withThresholds(Map.of("B", 0.8)));
        assertEquals(List.of("Degenerate scores for B: all 3 images score below the threshold 0.800 (scores 0.2000 "
                + "to 0.7000), so every image is predicted negative and the rates by group say nothing about the "
                + "model." + CAUSE + " Compare <preprocessing> with the training code (a reference score column, "
                + "<referenceColumnPrefix>, checks it image by image), or set this label's threshold if it lies "
                + "outside the model's score range."), DegenerateScores.warnings(predictions(
                        new double[] {0.2, 0.7, 0.5}, new double[] {0.2, 0.7, 0.5}), spec));
    }

    @Test
    void aThresholdChosenOnTheDataIsNotJudged() {
        EvaluationSpec spec = SPEC.withOperatingPoints(OperatingPoints.DEFAULT.withChosen(
                OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null)));
        assertEquals(List.of(), DegenerateScores.warnings(predictions(new double[] {0.6, 0.7, 0.8},
                new double[] {0.6, 0.7, 0.8}), spec));
    }

    @Test
    void aModelGivenWithoutItsNormalisationIsWarnedAboutAndTheWarningIsInTheResult(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        List<String> log = new ArrayList<>();
        EvaluationSpec spec = EvaluationSpec.of(Inputs.images(dir.resolve("model-normalised.onnx"),
                        dir.resolve("manifest.csv"), LabelSpec.binaryColumns(List.of("Effusion"))), dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU)).withGroupings(Groupings.of("sex"));
        EvaluationResult result = new Evaluator(new RecordingLog(log), "test").evaluate(spec);

        String warning = "Degenerate scores for Effusion: all 200 images score at or above the threshold 0.500 "
                + "(scores 0.6118 to 0.7543), so every image is predicted positive and the rates by group say nothing "
                + "about the model." + CAUSE + " Compare <preprocessing> with the training code (a reference score "
                + "column, <referenceColumnPrefix>, checks it image by image), or set this label's threshold if it "
                + "lies outside the model's score range.";
        assertEquals(List.of(warning), result.checks().warnings());
        assertEquals(1, log.stream().filter(("WARN " + warning)::equals).count(), String.join("\n", log));
    }

    @Test
    void scoresReadFromAPredictionsFileAreNotJudged(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(dir.resolve("predictions.csv"),
                LabelSpec.binaryColumns(List.of("Effusion"))), dir.resolve("out"))
                .withOperatingPoints(OperatingPoints.fixedAt(0.01)).withGroupings(Groupings.of("sex"));
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec);
        assertEquals(ScoreChecks.NONE, result.checks());
    }
}

package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.inference.Device;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SyntheticTestSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export parity on the planted-gap set: its {@code manifest-reference.csv} holds the scores "the training framework"
 * computed, {@code model-normalised.onnx} reproduces them only with {@code <mean>0.5</mean><std>0.1</std>}.
 */
class ExportParityTest {
    private static final List<Double> MEAN = List.of(0.5);
    private static final List<Double> STD = List.of(0.1);

    private static EvaluationSpec spec(Path dir, String model, ImageInput input, double tolerance) {
        Inputs inputs = Inputs.images(dir.resolve(model), dir.resolve("manifest-reference.csv"),
                LabelSpec.binaryColumns(List.of("Effusion"))).withReference(new ReferenceColumns("reference_",
                tolerance));
        return EvaluationSpec.of(inputs, dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU).withInput(input))
                .withThroughput(new Throughput(0, 1)).withGroupings(Groupings.of("sex"));
    }

    private static ImageInput normalised(List<Double> mean, List<Double> std) {
        return new ImageInput(null, null, null, null, mean, std);
    }

    @Test
    void theModelThatReproducesTheReferenceScoresPassesAndLogsTheLargestDifference(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        List<String> log = new ArrayList<>();
        EvaluationResult result = new Evaluator(new RecordingLog(log), "test")
                .evaluate(spec(dir, "model.onnx", ImageInput.FROM_MODEL, 1e-4));

        LabelParity parity = result.checks().parity().get(0);
        assertEquals("reference_Effusion", parity.column());
        assertEquals(200, parity.images());
        assertEquals(0, parity.beyond());
        // float32 inference against the generator's double scores printed to 8 decimals: 2.3e-6 at most
        assertTrue(parity.max() < 1e-5, "largest difference " + parity.max());
        LabelParity.Image largest = parity.worst().get(0);
        assertEquals("Export parity of Effusion (column 'reference_Effusion', 200 images): mean |difference| "
                + ExportParity.number(parity.mean()) + ", largest " + ExportParity.number(parity.max()) + " ("
                + largest.location() + ", id " + largest.id() + "), within <referenceTolerance> 1.0e-04.",
                log.stream().filter(l -> l.startsWith("Export parity")).findFirst().orElseThrow());
        assertEquals(List.of(), result.checks().warnings());
    }

    @Test
    void aForgottenNormalisationFailsNamingTheImagesThatDifferMost(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        List<String> log = new ArrayList<>();
        InputException e = assertThrows(InputException.class, () -> new Evaluator(
                new RecordingLog(log), "test").evaluate(spec(dir, "model-normalised.onnx",
                ImageInput.FROM_MODEL, 1e-4)));

        assertEquals("Export parity failed: the plugin's scores of Effusion differ from column 'reference_Effusion' "
                + "by up to 5.8e-01 (manifest-reference.csv, line 189), beyond <referenceTolerance> 1.0e-04 (the "
                + "images that differ most are listed above). The plugin does not reproduce the trained model's "
                + "scores, so no metric is computed from them. Check <preprocessing> (<mean>/<std>, channel order, "
                + "size and resize) against the training code, and export the model in evaluation mode (model.eval() "
                + "before exporting); raise <referenceTolerance> only if differences this large are expected.",
                e.getMessage());
        List<String> parityLines = log.stream().filter(l -> l.startsWith("WARN Export parity")
                || l.startsWith("WARN   ")).toList();
        // the line, then the 5 images that differ most (the lowest reference scores: sigmoid(1.6 m) vs sigmoid(16 m - 8))
        assertEquals(6, parityLines.size(), String.join("\n", log));
        assertEquals("WARN Export parity of Effusion (column 'reference_Effusion', 200 images): mean |difference| "
                + "2.9e-01, largest 5.8e-01 (manifest-reference.csv, line 189, id images/00187.png): 200 of 200 images "
                + "differ by more than <referenceTolerance> 1.0e-04. The images that differ most:", parityLines.get(0));
        assertEquals("WARN   manifest-reference.csv, line 189 (id images/00187.png): reference 0.030709, plugin "
                + "0.611779, difference 5.8e-01", parityLines.get(1));
        assertEquals("WARN   manifest-reference.csv, line 114 (id images/00112.png): reference 0.034586, plugin "
                + "0.614695, difference 5.8e-01", parityLines.get(5));
    }

    @Test
    void withItsMeanAndStdTheNormalisedModelPasses(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, "model-normalised.onnx", normalised(MEAN, STD), 1e-4));
        assertEquals(0, result.checks().parity().get(0).beyond());
    }

    @Test
    void storedScoresAreCheckedAgainOnTheNextBuild(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec(dir, "model-normalised.onnx",
                normalised(MEAN, STD), 1e-4));
        List<String> log = new ArrayList<>();
        // a tolerance no float32 model meets: the reused scores must fail it, not pass as stored
        InputException e = assertThrows(InputException.class, () -> new Evaluator(
                new RecordingLog(log), "test").evaluate(spec(dir, "model-normalised.onnx",
                normalised(MEAN, STD), 0)));
        assertTrue(log.get(0).startsWith("Reusing the stored evaluation of model-normalised.onnx"), log.get(0));
        assertTrue(e.getMessage().startsWith("Export parity failed: the plugin's scores of Effusion differ from "
                + "column 'reference_Effusion' by up to "), e.getMessage());
    }

    @Test
    void theValidationManifestNeedsNoReferenceColumns(@TempDir Path dir) throws Exception {
        SyntheticTestSets.plantedGap(dir);
        EvaluationSpec spec = spec(dir, "model.onnx", ImageInput.FROM_MODEL, 1e-4);
        spec = spec.withInputs(spec.inputs().withValidationManifest(dir.resolve("manifest.csv")))
                .withOperatingPoints(OperatingPoints.DEFAULT.withChosen(
                        dev.fairness.metrics.OperatingPointSpec.chosen(dev.fairness.metrics.ThresholdMethod.YOUDEN,
                                null)));
        assertTrue(Files.isRegularFile(dir.resolve("manifest.csv")));
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec);
        assertEquals(1, result.checks().parity().size());
    }
}

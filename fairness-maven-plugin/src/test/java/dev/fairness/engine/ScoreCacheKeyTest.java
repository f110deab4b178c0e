package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Preprocessing.ChannelMode;
import dev.fairness.dataset.Preprocessing.ResizeMode;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.inference.Device;
import dev.fairness.inference.ModelFiles;
import dev.fairness.inference.OutputKind;
import dev.fairness.inference.Task;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The score cache's key comes from the spec's parts that determine the scores ({@link TestSetColumns},
 * {@link Inference}) and from nothing else: a change there evaluates again, a change of how the scores are judged
 * reuses them.
 */
class ScoreCacheKeyTest {
    private static final RunOptions OPTIONS = new RunOptions(2, false, null);
    private static final EvaluationSpec BASE = EvaluationSpec.of(
                    Inputs.images(Path.of("model.onnx"), Path.of("manifest.csv"),
                            LabelSpec.binaryColumns(List.of("Effusion"))), Path.of("out"))
            .withInference(Inference.DEFAULT.withDevice(Device.CPU))
            .withGroupings(Groupings.of("sex"));

    private static Map<String, String> key(EvaluationSpec spec) {
        return StoredScores.configuration(spec, OPTIONS, "1.0", new ModelFiles());
    }

    private static void assertKeyChanges(EvaluationSpec changed) {
        assertNotEquals(key(BASE), key(changed));
    }

    private static void assertKeyStays(EvaluationSpec changed) {
        assertEquals(key(BASE), key(changed));
    }

    @Test
    void anotherTaskChangesTheKey() {
        assertKeyChanges(BASE.withInference(BASE.inference().withTask(Task.MULTI_LABEL)));
    }

    @Test
    void logitsInsteadOfProbabilitiesChangeTheKey() {
        assertKeyChanges(BASE.withInference(BASE.inference().withOutputs(OutputKind.LOGITS)));
    }

    @Test
    void eachPreprocessingSettingChangesTheKey() {
        assertKeyChanges(BASE.withInference(BASE.inference().withInput(new ImageInput(224, null, null, null, null, null))));
        assertKeyChanges(BASE.withInference(BASE.inference().withInput(new ImageInput(null, 224, null, null, null, null))));
        assertKeyChanges(BASE.withInference(BASE.inference().withInput(
                new ImageInput(null, null, ResizeMode.SHORTER_SIDE_CROP, null, null, null))));
        assertKeyChanges(BASE.withInference(BASE.inference().withInput(
                new ImageInput(null, null, null, ChannelMode.RGB, null, null))));
        assertKeyChanges(BASE.withInference(BASE.inference().withInput(
                new ImageInput(null, null, null, null, List.of(0.5), null))));
        assertKeyChanges(BASE.withInference(BASE.inference().withInput(
                new ImageInput(null, null, null, null, null, List.of(0.25)))));
    }

    @Test
    void anotherDeviceChangesTheKey() {
        assertKeyChanges(BASE.withInference(BASE.inference().withDevice(Device.AUTO)));
    }

    @Test
    void otherColumnsOrLabelsChangeTheKey() {
        assertKeyChanges(BASE.withInputs(BASE.inputs().withColumns("path", null)));
        assertKeyChanges(BASE.withInputs(BASE.inputs().withColumns(null, "patient")));
        assertKeyChanges(BASE.withInputs(Inputs.images(Path.of("model.onnx"), Path.of("manifest.csv"),
                LabelSpec.binaryColumns(List.of("Effusion", "Edema")))));
    }

    @Test
    void theDefaultImageColumnNamedOrNotIsOneKey() {
        assertKeyStays(BASE.withInputs(BASE.inputs().withColumns("image", "")));
    }

    @Test
    void anotherNativeLibraryFolderChangesTheKey() {
        assertNotEquals(key(BASE), StoredScores.configuration(BASE, new RunOptions(2, false, Path.of("gpu")), "1.0",
                new ModelFiles()));
    }

    @Test
    void rulesThresholdsAndGroupsDoNotChangeTheKey() {
        assertKeyStays(BASE.withRules(new Rule(Measure.parse("tpr"), "sex", null, GapMethod.DIFFERENCE, null, 0.1,
                null, MissingPolicy.WARN, GateOn.POINT, null)));
        assertKeyStays(BASE.withOperatingPoints(OperatingPoints.fixedAt(0.3)));
        assertKeyStays(BASE.withOperatingPoints(OperatingPoints.DEFAULT.withThresholds(Map.of("Effusion", 0.2))));
        assertKeyStays(BASE.withOperatingPoints(OperatingPoints.DEFAULT.withChosen(
                OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null))));
        assertKeyStays(BASE.withGroupings(Groupings.of("sex", "age").withBins("age", 0.0, 60.0)
                .withIntersections("sex×age").withMinGroupSize(5).withMinClassCount(0)));
    }

    @Test
    void speedIntervalsOutputsAndValidationSetDoNotChangeTheKey() {
        assertKeyStays(BASE.withThroughput(new Throughput(32, 4)));
        assertKeyStays(BASE.withBootstrap(BootstrapSettings.DEFAULT));
        assertKeyStays(new EvaluationSpec(BASE.inputs(), BASE.inference(), BASE.throughput(), BASE.groupings(),
                BASE.operatingPoints(), BASE.rules(), BASE.bootstrap(), Path.of("elsewhere")));
        assertKeyStays(BASE.withInputs(BASE.inputs().withValidationManifest(Path.of("validation.csv"))));
    }

    @Test
    void referenceColumnsAndTheirToleranceDoNotChangeTheKey() {
        // the reference values are compared on every build, stored scores or not: no need to score again
        assertKeyStays(BASE.withInputs(BASE.inputs().withReference(new ReferenceColumns("reference_", 1e-4))));
        assertKeyStays(BASE.withInputs(BASE.inputs().withReference(new ReferenceColumns("ref_", 0.01))));
    }
}

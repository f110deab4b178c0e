package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.inference.Device;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SmallOnnxTestSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One evaluation per input state, with real ONNX Runtime inference on generated PNGs. */
class CachedEvaluationTest {
    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();
    private Path set;

    @BeforeEach
    void testSet() {
        set = SmallOnnxTestSet.write(dir.resolve("set"));
    }

    private EvaluationSpec spec(double threshold) {
        return SmallOnnxTestSet.spec(set, dir.resolve("out")).withOperatingPoints(OperatingPoints.fixedAt(threshold));
    }

    private EvaluationResult evaluate(EvaluationSpec spec) {
        log.clear();
        return SmallOnnxTestSet.evaluator(new RecordingLog(log)).evaluate(spec);
    }

    @Test
    void aSecondEvaluationWithNothingChangedReusesTheScoresAndSaysSoInOneLine() {
        EvaluationResult first = evaluate(spec(0.5));
        assertEquals("Evaluating model.onnx on 40 images from manifest.csv (device cpu, batch 16, input 1x32x32 "
                + "(NCHW)).", log.get(0));
        assertTrue(log.get(1).startsWith("Scored 40 images in "), log.get(1));

        EvaluationResult second = evaluate(spec(0.5));

        assertEquals(1, log.size(), String.join("\n", log));
        assertTrue(log.get(0).matches("Reusing the stored evaluation of model\\.onnx on 40 images from manifest\\.csv: "
                + "model, manifest, images and configuration are unchanged \\(key [0-9a-f]{12}\\)\\."), log.get(0));
        assertArrayEquals(first.predictions().scores(0), second.predictions().scores(0));
        assertEquals(first.model(), second.model());
    }

    /** The spec of {@link #spec(double)} with its images read from another folder (the manifest stays). */
    private EvaluationSpec withImageRoot(Path root) {
        EvaluationSpec s = spec(0.5);
        return s.withInputs(s.inputs().withImageRoot(root));
    }

    @Test
    void aValidationManifestIsHeldToItsOwnFolderAsImageRoot() throws IOException {
        // the validation set's images are the test set's, reached through a symbolic link: outside its folder
        Path validation = Files.createDirectories(dir.resolve("validation"));
        Files.copy(set.resolve("manifest.csv"), validation.resolve("manifest.csv"));
        Files.createSymbolicLink(validation.resolve("images"), set.resolve("images"));
        EvaluationSpec s = spec(0.5);
        EvaluationSpec chosen = s.withInputs(s.inputs().withValidationManifest(validation.resolve("manifest.csv")))
                .withOperatingPoints(s.operatingPoints().withChosen(dev.fairness.metrics.OperatingPointSpec.chosen(
                        dev.fairness.metrics.ThresholdMethod.YOUDEN, null)));

        dev.fairness.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.fairness.InputException.class, () -> evaluate(chosen));

        Path real = set.resolve("images/00000.png").toRealPath();
        assertEquals("manifest.csv, line 2, column 'image': image path 'images/00000.png' resolves to " + real
                + ", outside the image root " + validation.toAbsolutePath() + " (symbolic links are followed). Move"
                + " the image into the image root (or a subfolder), or set <imageRoot> to a folder that contains"
                + " it.", e.getMessage());
    }

    @Test
    void anotherImageRootWithTheSameFileNamesSizesAndTimesIsEvaluatedAgain() throws IOException {
        // a copy of every image under the same relative names, sizes and modification times: only the root differs
        Path copy = Files.createDirectories(dir.resolve("volume/images"));
        try (var images = Files.list(set.resolve("images"))) {
            for (Path image : images.toList()) {
                Files.copy(image, copy.resolve(image.getFileName()),
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        evaluate(withImageRoot(set));
        assertTrue(log.get(0).startsWith("Evaluating model.onnx on 40 images"), log.get(0));

        evaluate(withImageRoot(dir.resolve("volume")));

        assertEquals("Evaluating again: the images changed since the stored evaluation.", log.get(0));
        evaluate(withImageRoot(dir.resolve("volume")));
        assertTrue(log.get(0).startsWith("Reusing the stored evaluation"), log.get(0));
    }

    @Test
    void aNewThresholdIsJudgedOnTheStoredScoresWithoutInference() {
        evaluate(spec(0.5));

        EvaluationResult stricter = evaluate(spec(0.9));

        assertTrue(log.get(0).startsWith("Reusing the stored evaluation"), log.get(0));
        assertEquals(0.9, stricter.labels().get(0).threshold());
    }

    @Test
    void aChangedModelFileIsEvaluatedAgainAndSaysWhy() throws IOException {
        evaluate(spec(0.5));
        // a retrained model: same graph, other bytes (an appended ModelProto doc_string, field 6)
        Files.write(set.resolve("model.onnx"), new byte[] {0x32, 2, 'v', '2'}, StandardOpenOption.APPEND);

        evaluate(spec(0.5));

        assertEquals("Evaluating again: the model changed since the stored evaluation.", log.get(0));
        assertTrue(log.get(1).startsWith("Evaluating model.onnx on 40 images"), log.get(1));
        evaluate(spec(0.5));
        assertTrue(log.get(0).startsWith("Reusing the stored evaluation"), log.get(0));
    }

    @Test
    void aRewrittenImageIsEvaluatedAgain() throws IOException {
        evaluate(spec(0.5));
        Path image = set.resolve("images/00005.png");
        Files.setLastModifiedTime(image, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(image).toMillis() + 60_000));

        evaluate(spec(0.5));

        assertEquals("Evaluating again: the images changed since the stored evaluation.", log.get(0));
    }

    @Test
    void anotherDeviceIsAnotherConfiguration() {
        evaluate(spec(0.5));
        EvaluationSpec s = spec(0.5);
        EvaluationSpec auto = s.withInference(s.inference().withDevice(Device.AUTO));

        evaluate(auto);

        assertEquals("Evaluating again: the configuration changed since the stored evaluation.", log.get(0));
    }
}

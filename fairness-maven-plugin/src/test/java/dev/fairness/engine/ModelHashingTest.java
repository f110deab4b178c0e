package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.inference.Device;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SmallOnnxTestSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a model costs before its first image: it is read and hashed once per execution (the score cache's key is its
 * content's SHA-256), and opened by ONNX Runtime while it is hashed when no stored evaluation can match.
 */
class ModelHashingTest {
    private static final String HASHED = "Model cost: reading and hashing model\\.onnx \\([0-9.]+ MB, SHA-256\\) "
            + "took [0-9.]+ s";
    private static final String IN_BACKGROUND = ", on a thread of its own while the runtime opened the model";

    @TempDir
    Path dir;
    private final List<String> info = new ArrayList<>();
    private final RecordingLog log = new RecordingLog(info);
    private Path set;

    @BeforeEach
    void testSet() {
        set = SmallOnnxTestSet.write(dir.resolve("set"));
    }

    private EvaluationSpec spec() {
        return SmallOnnxTestSet.spec(set, dir.resolve("out")).withOperatingPoints(OperatingPoints.fixedAt(0.5));
    }

    private void evaluate(EvaluationSpec spec) {
        log.clear();
        SmallOnnxTestSet.evaluator(log).evaluate(spec);
    }

    private List<String> hashLines() {
        return log.debug().stream().filter(l -> l.startsWith("Model cost: reading and hashing")).toList();
    }

    @Test
    void aModelThatScoresTheTestSetAndTheValidationSetIsReadAndHashedOnceInAnExecution() throws IOException {
        Files.copy(set.resolve("manifest.csv"), set.resolve("validation.csv"));
        EvaluationSpec s = spec();
        EvaluationSpec chosen = s.withInputs(s.inputs().withValidationManifest(set.resolve("validation.csv")))
                .withOperatingPoints(s.operatingPoints().withChosen(OperatingPointSpec.chosen(ThresholdMethod.YOUDEN,
                        null)));

        evaluate(chosen);

        assertEquals(1, hashLines().size(), String.join("\n", log.debug()));
        assertTrue(info.contains("Scoring the validation set validation.csv to choose thresholds on."),
                String.join("\n", info));
    }

    @Test
    void withNothingStoredTheModelIsHashedWhileOnnxRuntimeCreatesItsSession() {
        evaluate(spec());

        assertEquals(1, hashLines().size(), String.join("\n", log.debug()));
        assertTrue(hashLines().get(0).matches(HASHED + IN_BACKGROUND), hashLines().get(0));
        assertTrue(log.debug().stream().anyMatch(l -> l.matches("Model cost: opening model\\.onnx in ONNX Runtime "
                + "\\(session creation\\) took [0-9.]+ s")), String.join("\n", log.debug()));
        assertTrue(log.debug().stream().anyMatch(l -> l.matches("Model cost: the first batch took [0-9.]+ s, the later ones "
                + "[0-9.]+ s on average \\(ONNX Runtime plans and allocates its buffers on its first run\\)")),
                String.join("\n", log.debug()));
        assertTrue(info.get(0).startsWith("Evaluating model.onnx on 40 images"), info.get(0));
    }

    @Test
    void aChangedModelWhoseStoredEvaluationOtherwiseMatchesIsHashedBeforeItIsOpenedAndSaysWhy() throws IOException {
        evaluate(spec());
        // a retrained model: same graph, other bytes (an appended ModelProto doc_string, field 6)
        Files.write(set.resolve("model.onnx"), new byte[] {0x32, 2, 'v', '2'}, StandardOpenOption.APPEND);

        evaluate(spec());

        assertTrue(hashLines().get(0).matches(HASHED), hashLines().get(0));
        assertEquals("Evaluating again: the model changed since the stored evaluation.", info.get(0));
        assertTrue(info.get(1).startsWith("Evaluating model.onnx on 40 images"), info.get(1));
    }

    @Test
    void aStoredEvaluationWithAnotherConfigurationCannotMatchSoTheModelIsOpenedWhileHashedAndSaysWhy() {
        evaluate(spec());

        evaluate(spec().withInference(Inference.DEFAULT.withDevice(Device.AUTO)));

        assertTrue(hashLines().get(0).matches(HASHED + IN_BACKGROUND), hashLines().get(0));
        assertTrue(info.contains("Evaluating again: the configuration changed since the stored evaluation."),
                String.join("\n", info));
    }

    @Test
    void withNothingStoredATorchScriptModelIsHashedWhilePyTorchLoadsIt() throws Exception {
        Path multilabel = Path.of("").toAbsolutePath().getParent().resolve("src/it/_data/multilabel");
        Path model = Path.of(ModelHashingTest.class.getResource("/torchscript/classifier.pt").toURI());
        EvaluationSpec spec = EvaluationSpec.of(Inputs.images(model, multilabel.resolve("manifest.csv"),
                        LabelSpec.findingList("findings", "|", List.of("Effusion", "Atelectasis", "Cardiomegaly"))),
                        dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU).withOutputs(dev.fairness.inference.OutputKind
                        .LOGITS).withInput(new ImageInput(32, 32, null, null, null, null)))
                .withThroughput(new Throughput(0, 1))
                .withGroupings(Groupings.of("sex").withMinGroupSize(1).withMinClassCount(0));

        evaluate(spec);

        assertEquals(1, hashLines().size(), String.join("\n", log.debug()));
        assertTrue(hashLines().get(0).matches("Model cost: reading and hashing classifier\\.pt \\([0-9.]+ MB, SHA-256\\) "
                + "took [0-9.]+ s" + IN_BACKGROUND), hashLines().get(0));
        assertTrue(log.debug().stream().anyMatch(l -> l.matches("Model cost: opening classifier\\.pt in PyTorch \\(DJL\\) "
                + "took [0-9.]+ s")), String.join("\n", log.debug()));
        assertTrue(info.get(0).startsWith("Evaluating classifier.pt on "), info.get(0));
    }

    @Test
    void aModelReplacedByOneOfTheSameSizeAndModificationTimeIsEvaluatedAgain() throws IOException {
        Path model = set.resolve("model.onnx");
        evaluate(spec());
        FileTime modified = Files.getLastModifiedTime(model);
        byte[] bytes = Files.readAllBytes(model);
        // the same length, one byte of the producer's name changed, the old time put back
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("fairness-test");
        assertTrue(at > 0, "the test model names its producer");
        bytes[at] = (byte) 'F';
        Files.write(model, bytes);
        Files.setLastModifiedTime(model, modified);

        evaluate(spec());

        assertEquals("Evaluating again: the model changed since the stored evaluation.", info.get(0));
    }
}

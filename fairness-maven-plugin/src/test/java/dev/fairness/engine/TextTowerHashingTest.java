package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;
import dev.fairness.testing.PlantedGapZeroShot;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SyntheticTestSets;
import dev.fairness.zeroshot.ZeroShotSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zero-shot text side is read and hashed once per execution, like the model: its digest is both in the score
 * cache's key and in the stored prompt embeddings' key. The reads are counted by the JDK's own file-read events, so
 * the count does not depend on how the plugin hashes.
 */
class TextTowerHashingTest {
    @TempDir
    Path dir;

    @Test
    void aRescoringWithStoredPromptEmbeddingsReadsTheTextTowerAndTheTokenizerOnce() throws IOException {
        String firstImage = SyntheticTestSets.plantedGap(dir).get(0).image();
        ZeroShotSpec zeroShot = PlantedGapZeroShot.onnxTowers(16, null);
        EvaluationSpec spec = PlantedGapZeroShot.spec(dir, zeroShot, ImageInput.FROM_MODEL);
        List<String> log = new ArrayList<>();
        new Evaluator(new RecordingLog(log), "test").evaluate(spec);
        // a rewritten image: the scores are computed again, the prompts' embeddings are read back
        Path image = dir.resolve(firstImage);
        Files.setLastModifiedTime(image, FileTime.fromMillis(Files.getLastModifiedTime(image).toMillis() + 60_000));
        log.clear();

        List<RecordedEvent> reads = fileReads(() -> new Evaluator(new RecordingLog(log), "test")
                .evaluate(spec));

        assertEquals("Evaluating again: the images changed since the stored evaluation.", log.get(0));
        assertEquals(1.0, timesRead(reads, zeroShot.textEncoder()), "text_encoder.onnx");
        assertEquals(1.0, timesRead(reads, zeroShot.tokenizer()), "tokenizer.json");
        assertTrue(log.stream().anyMatch(l -> l.endsWith("encoded earlier by text_encoder.onnx with tokenizer.json.")),
                String.join("\n", log));
    }

    @Test
    void aBuildThatReusesTheScoresOfATestSetAndAValidationSetReadsTheTextSideOnce() throws IOException {
        SyntheticTestSets.plantedGap(dir);
        ZeroShotSpec zeroShot = PlantedGapZeroShot.onnxTowers(16, null);
        EvaluationSpec spec = PlantedGapZeroShot.spec(dir, zeroShot, ImageInput.FROM_MODEL);
        Files.copy(dir.resolve("manifest.csv"), dir.resolve("validation.csv"));
        EvaluationSpec withValidation = spec.withInputs(spec.inputs().withValidationManifest(dir.resolve(
                "validation.csv"))).withOperatingPoints(spec.operatingPoints().withChosen(OperatingPointSpec.chosen(
                ThresholdMethod.YOUDEN, null)));
        new Evaluator(EvaluationLog.SILENT, "test").evaluate(withValidation);
        List<String> log = new ArrayList<>();

        List<RecordedEvent> reads = fileReads(() -> new Evaluator(new RecordingLog(log), "test")
                .evaluate(withValidation));

        assertEquals(2, log.stream().filter(l -> l.startsWith("Reusing the stored evaluation of image_encoder.onnx"))
                .count(), String.join("\n", log));
        assertEquals(1.0, timesRead(reads, zeroShot.textEncoder()), "text_encoder.onnx");
        assertEquals(1.0, timesRead(reads, zeroShot.tokenizer()), "tokenizer.json");
    }

    /** The JDK's file-read events (every read, however short) while {@code run} runs. */
    static List<RecordedEvent> fileReads(Runnable run) throws IOException {
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileRead").withThreshold(Duration.ZERO).withoutStackTrace();
            recording.start();
            run.run();
            recording.stop();
            Path dump = Files.createTempFile("file-reads", ".jfr");
            try {
                recording.dump(dump);
                return RecordingFile.readAllEvents(dump);
            } finally {
                Files.delete(dump);
            }
        }
    }

    /** How many times {@code file}'s bytes were read in whole: the bytes read from it over its size. */
    static double timesRead(List<RecordedEvent> reads, Path file) throws IOException {
        String path = file.toAbsolutePath().toString();
        long bytes = reads.stream().filter(e -> path.equals(e.getString("path"))).mapToLong(e -> e.getLong("bytesRead"))
                .sum();
        return (double) bytes / Files.size(file);
    }
}

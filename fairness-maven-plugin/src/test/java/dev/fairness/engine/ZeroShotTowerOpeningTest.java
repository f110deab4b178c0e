package dev.fairness.engine;

import static dev.fairness.engine.TextTowerHashingTest.fileReads;
import static dev.fairness.engine.TextTowerHashingTest.timesRead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.testing.PlantedGapZeroShot;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SyntheticTestSets;
import dev.fairness.zeroshot.ZeroShotSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zero-shot image tower is opened before anything is hashed when nothing stored can be reused: a tower its
 * runtime cannot load fails at once with a message naming {@code <zeroShot><imageEncoder>} (not {@code <model>},
 * which {@code <zeroShot>} forbids), before the text tower and tokenizer are read for the score cache's key. The
 * reads are counted by the JDK's file-read events; ONNX Runtime reads a model by path in native code, so the counts
 * are the plugin's own reads (hashing, the tokenizer's parse).
 */
class ZeroShotTowerOpeningTest {
    private static final Path TEXT = PlantedGapZeroShot.TOWERS.resolve("text_encoder.onnx");
    private static final Path TOKENIZER = PlantedGapZeroShot.TOWERS.resolve("tokenizer.json");

    @TempDir
    Path dir;

    @BeforeEach
    void writeTestSet() {
        SyntheticTestSets.plantedGap(dir);
    }

    @Test
    void aTowerOnnxRuntimeCannotLoadFailsWithItsMessageBeforeAnyFileIsHashed() throws IOException {
        Path tower = Files.write(dir.resolve("image_encoder.onnx"),
                "this is not an ONNX model".getBytes(StandardCharsets.US_ASCII));
        InputException[] failure = new InputException[1];

        List<RecordedEvent> reads = fileReads(() -> failure[0] = assertThrows(InputException.class,
                () -> evaluate(tower)));

        assertEquals(tower + " is not an ONNX model ONNX Runtime 1.24.2 can load (Protobuf parsing failed). Set "
                + "<zeroShot><imageEncoder> to an ONNX file (for example one exported with torch.onnx.export).",
                failure[0].getMessage());
        assertEquals(0.0, timesRead(reads, tower), "image_encoder.onnx");
        assertEquals(0.0, timesRead(reads, TEXT), "text_encoder.onnx");
        assertEquals(0.0, timesRead(reads, TOKENIZER), "tokenizer.json");
    }

    @Test
    void anEmptyTowerFailsWithItsMessageBeforeAnyFileIsHashed() throws IOException {
        Path tower = Files.createFile(dir.resolve("image_encoder.onnx"));
        InputException[] failure = new InputException[1];

        List<RecordedEvent> reads = fileReads(() -> failure[0] = assertThrows(InputException.class,
                () -> evaluate(tower)));

        assertEquals("Model file " + tower + " is empty (0 bytes). Set <zeroShot><imageEncoder> to an ONNX file "
                + "(for example one exported with torch.onnx.export), or replace it with a complete copy.",
                failure[0].getMessage());
        assertEquals(0.0, timesRead(reads, TEXT), "text_encoder.onnx");
        assertEquals(0.0, timesRead(reads, TOKENIZER), "tokenizer.json");
    }

    @Test
    void aMissingTowerFailsWithItsMessageBeforeAnyFileIsHashed() throws IOException {
        Path tower = dir.resolve("no-such-image-encoder.onnx");
        InputException[] failure = new InputException[1];

        List<RecordedEvent> reads = fileReads(() -> failure[0] = assertThrows(InputException.class,
                () -> evaluate(tower)));

        assertEquals("Model file not found: " + tower + ". Set <zeroShot><imageEncoder> to an ONNX or TorchScript "
                + "file.", failure[0].getMessage());
        assertEquals(0.0, timesRead(reads, TEXT), "text_encoder.onnx");
        assertEquals(0.0, timesRead(reads, TOKENIZER), "tokenizer.json");
    }

    @Test
    void aFirstBuildAndAReusingBuildEachReadTheTowersOnce() throws IOException {
        Path tower = Files.copy(PlantedGapZeroShot.TOWERS.resolve("image_encoder.onnx"),
                dir.resolve("image_encoder.onnx"));
        RecordingLog log = new RecordingLog();

        // a configured logit scale: the tower's own is not read from its file, so every read of it here is a hash
        List<RecordedEvent> first = fileReads(() -> evaluate(tower, 10.0, log));
        List<RecordedEvent> second = fileReads(() -> evaluate(tower, 10.0, log));

        assertEquals(1.0, timesRead(first, tower), "image_encoder.onnx, first build");
        assertEquals(1.0, timesRead(first, TEXT), "text_encoder.onnx, first build");
        assertEquals(1.0, timesRead(second, tower), "image_encoder.onnx, reusing build");
        assertEquals(1.0, timesRead(second, TEXT), "text_encoder.onnx, reusing build");
        assertEquals(1, log.lines().stream().filter(l -> l.startsWith("Reusing the stored evaluation of "
                + "image_encoder.onnx")).count(), String.join("\n", log.lines()));
    }

    private void evaluate(Path tower) {
        evaluate(tower, null, new RecordingLog());
    }

    private void evaluate(Path tower, Double logitScale, RecordingLog log) {
        ZeroShotSpec zeroShot = PlantedGapZeroShot.towers(tower, TEXT, null, 16, logitScale);
        new Evaluator(log, "test").evaluate(PlantedGapZeroShot.spec(dir, zeroShot, ImageInput.FROM_MODEL));
    }
}

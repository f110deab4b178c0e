package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.dataset.ImageDecoder;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SmallOnnxTestSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose scoring failed, in any worker and in any way, leaves nothing a later build could reuse. */
class FailedScoringIsNotCachedTest {
    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();
    private Path set;

    @BeforeEach
    void testSet() {
        set = SmallOnnxTestSet.write(dir.resolve("set"));
    }

    private EvaluationSpec spec() {
        return SmallOnnxTestSet.spec(set, dir.resolve("out"));
    }

    /** ImageDecoder's decoder, except that the image on manifest line 7 throws what {@code error} is. */
    private static RowDecoder brokenOnLine7(Error error) {
        return (file, location, budget) -> {
            if (location.endsWith(", line 7")) {
                throw error;
            }
            return ImageDecoder.decode(file, location, budget);
        };
    }

    private void assertFailsAndStoresNothing(int workers, Error error) throws Exception {
        Evaluator broken = new Evaluator(new RecordingLog(log), "test", new RunOptions(workers, false, null),
                brokenOnLine7(error));

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> broken.evaluate(spec()));

        assertTrue(thrown.getMessage().startsWith("manifest.csv, line 7: image " + set.resolve("manifest.csv")
                .getParent()), thrown.getMessage());
        Path cache = dir.resolve("out").resolve(StoredScores.FOLDER);
        assertFalse(Files.exists(cache) && Files.list(cache).findAny().isPresent(), "the failed run stored scores");
        log.clear();
        new Evaluator(new RecordingLog(log), "test", new RunOptions(workers, false, null)).evaluate(spec());
        assertEquals("Evaluating model.onnx on 40 images from manifest.csv (device cpu, batch 16, input 1x32x32 "
                + "(NCHW)).", log.get(0), "the next build evaluates again");
    }

    @Test
    void aDecoderErrorWithSeveralWorkersFailsTheBuildAndStoresNoScores() throws Exception {
        assertFailsAndStoresNothing(3, new AssertionError("decoder bug"));
    }

    @Test
    void aDecoderErrorWithOneWorkerFailsTheBuildAndStoresNoScores() throws Exception {
        assertFailsAndStoresNothing(1, new OutOfMemoryError("Java heap space"));
    }
}

package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.dataset.ImageDecoder;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SmallOnnxTestSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several ONNX models with the same input: one decode pass feeds them all, and their evaluations reuse it. */
class SharedDecodeTest {
    @TempDir
    Path dir;

    private EvaluationSpec spec(Path set, String folder) {
        return SmallOnnxTestSet.spec(set, dir.resolve(folder));
    }

    @Test
    void twoModelsWithTheSameInputDecodeEachImageOnceAndGetTheirOwnScores() {
        Path set = SmallOnnxTestSet.write(dir.resolve("set"));
        AtomicInteger decoded = new AtomicInteger();
        List<String> log = new ArrayList<>();
        Evaluator evaluator = new Evaluator(new RecordingLog(log), "test", new RunOptions(2, false,
                null), (file, location, budget) -> {
                    decoded.incrementAndGet();
                    return ImageDecoder.decode(file, location, budget);
                });
        EvaluationSpec first = spec(set, "first");
        EvaluationSpec second = spec(set, "second");

        evaluator.scoreTogether(List.of(first, second));

        assertEquals(40, decoded.get(), "40 images, decoded once for both models");
        assertEquals("Scoring 2 models (model.onnx, model.onnx) in one pass over 40 images: each image is decoded "
                + "once for all of them (same preprocessing, input 1x32x32 (NCHW)).", log.get(0));
        log.clear();
        EvaluationResult one = evaluator.evaluate(first);
        EvaluationResult two = evaluator.evaluate(second);
        assertEquals(40, decoded.get(), "the evaluations reuse the stored scores");
        assertTrue(log.get(0).startsWith("Reusing the stored evaluation of model.onnx on 40 images"), log.get(0));
        EvaluationResult alone = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec(set, "alone"));
        assertArrayEquals(alone.predictions().scores(0), one.predictions().scores(0));
        assertArrayEquals(alone.predictions().scores(0), two.predictions().scores(0));
    }
}

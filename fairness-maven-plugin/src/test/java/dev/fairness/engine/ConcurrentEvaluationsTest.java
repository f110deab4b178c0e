package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.inference.Device;
import dev.fairness.testing.OnnxModelWriter;
import dev.fairness.testing.SyntheticTestSet;
import dev.fairness.testing.SyntheticTestSet.Cell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds with different models (one the negation of the other: every score differs) evaluate the same test set
 * into one output folder at the same moment, round after round, with real inference and the evaluation cache.
 * Every evaluation, racing or alone afterwards, must give its own model's scores: a cache entry that paired one
 * model's key with the other's scores would be reused by the next build of that model. (The store itself is raced
 * far more often, without inference, in {@code ConcurrentStoresTest}.)
 */
class ConcurrentEvaluationsTest {
    private static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void racingBuildsOfTwoModelsIntoOneFolderEachGetTheirOwnScores() throws Exception {
        Path set = dir.resolve("set");
        SyntheticTestSet.binary(set, 5, "Effusion", List.of(new Cell("F", 30, 80, 10, 8, 10, 1),
                new Cell("M", 30, 80, 10, 9, 10, 2)));
        Path modelB = OnnxModelWriter.write(set.resolve("model-b.onnx"), OnnxModelWriter.meanPoolClassifier(1,
                SyntheticTestSet.SIZE, SyntheticTestSet.SIZE, new float[][] {{-16f}}, new float[] {8f},
                OnnxModelWriter.Activation.SIGMOID, -1));
        Path out = dir.resolve("out");
        EvaluationSpec a = spec(set.resolve("model.onnx"), set, out);
        EvaluationSpec b = spec(modelB, set, out);
        // each model's scores, evaluated alone into a folder of its own
        double[] expectedA = evaluate(spec(a.inputs().model(), set, dir.resolve("alone-a"))).predictions().scores(0);
        double[] expectedB = evaluate(spec(b.inputs().model(), set, dir.resolve("alone-b"))).predictions().scores(0);

        ExecutorService builds = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                Future<EvaluationResult> racingA = builds.submit(() -> {
                    start.await();
                    return evaluate(a);
                });
                Future<EvaluationResult> racingB = builds.submit(() -> {
                    start.await();
                    return evaluate(b);
                });
                assertArrayEquals(expectedA, racingA.get(60, TimeUnit.SECONDS).predictions().scores(0), "round " + round);
                assertArrayEquals(expectedB, racingB.get(60, TimeUnit.SECONDS).predictions().scores(0), "round " + round);
                // the next builds, alone, reuse or re-evaluate: either way with their own model's scores
                assertArrayEquals(expectedA, evaluate(a).predictions().scores(0), "after round " + round);
                assertArrayEquals(expectedB, evaluate(b).predictions().scores(0), "after round " + round);
            }
        } finally {
            builds.shutdownNow();
        }
        assertTrue(Files.isRegularFile(out.resolve(StoredScores.FOLDER).resolve("evaluation.json")),
                "the cache still stores evaluations");
    }

    private static EvaluationResult evaluate(EvaluationSpec spec) {
        return new Evaluator(EvaluationLog.SILENT, "test", new RunOptions(1, false, null)).evaluate(spec);
    }

    private static EvaluationSpec spec(Path model, Path set, Path out) {
        return EvaluationSpec.of(Inputs.images(model, set.resolve("manifest.csv"),
                        LabelSpec.binaryColumns(List.of("Effusion"))), out)
                .withInference(Inference.DEFAULT.withDevice(Device.CPU)).withThroughput(new Throughput(0, 1))
                .withGroupings(Groupings.of("sex").withMinGroupSize(1).withMinClassCount(0));
    }
}

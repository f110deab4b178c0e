package dev.fairness.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.fairness.dataset.Predictions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds with different models store their evaluations into one output folder at the same moment, many times,
 * while a third looks up both keys. Whatever the interleaving, a key found in the folder must come with the scores
 * of the build that stored that key: a hit for model A with model B's scores would be a wrong result that later
 * builds reuse without running the model.
 */
class ConcurrentStoresTest {
    private static final int ROUNDS = 300;
    private static final int ROWS = 400;
    private static final List<String> LABELS = List.of("Effusion");
    private static final EvaluationKey MODEL_A = new EvaluationKey("model-a", "f", "i", EvaluationKeys.BY_SIZE_AND_TIME,
            "c");
    private static final EvaluationKey MODEL_B = new EvaluationKey("model-b", "f", "i", EvaluationKeys.BY_SIZE_AND_TIME,
            "c");
    private static final JsonNode SUMMARY = JsonNodeFactory.instance.objectNode();

    @TempDir
    Path output;

    @Test
    void aStoredKeyIsNeverPairedWithTheOtherBuildsScores() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            ids.add("images/" + r + ".png");
        }
        double[] scoresA = scores(0.25);
        double[] scoresB = scores(0.75);
        Path folder = output.resolve("cache");
        AtomicInteger hitsA = new AtomicInteger();
        AtomicInteger hitsB = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(3);
                Future<?> a = threads.submit(() -> {
                    start.await();
                    new EvaluationCache(folder).store(MODEL_A, predictions(ids, scoresA), SUMMARY);
                    return null;
                });
                Future<?> b = threads.submit(() -> {
                    start.await();
                    new EvaluationCache(folder).store(MODEL_B, predictions(ids, scoresB), SUMMARY);
                    return null;
                });
                Future<?> reader = threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 4; i++) {
                        check(folder, MODEL_A, ids, scoresA, hitsA);
                        check(folder, MODEL_B, ids, scoresB, hitsB);
                    }
                    return null;
                });
                a.get(30, TimeUnit.SECONDS);
                b.get(30, TimeUnit.SECONDS);
                reader.get(30, TimeUnit.SECONDS);
                // after both stores, the folder holds one key, and it comes with its own scores or is a miss
                check(folder, MODEL_A, ids, scoresA, hitsA);
                check(folder, MODEL_B, ids, scoresB, hitsB);
            }
        } finally {
            threads.shutdownNow();
        }
        // the race must not have turned every look-up into a miss: the cache still serves its purpose
        assertTrue(hitsA.get() + hitsB.get() > ROUNDS / 2,
                "too few hits: " + hitsA.get() + " for model A and " + hitsB.get() + " for model B");
    }

    private static void check(Path folder, EvaluationKey key, List<String> ids, double[] expected, AtomicInteger hits) {
        EvaluationCache.Lookup found = new EvaluationCache(folder).lookup(key, LABELS, ids);
        if (found instanceof EvaluationCache.Hit hit) {
            assertEquals(1, hit.scores().length);
            assertArrayEquals(expected, hit.scores()[0], "the key of " + key.model() + " came with other scores");
            hits.incrementAndGet();
        }
    }

    /** Scores that differ between the models in every row. */
    private static double[] scores(double base) {
        double[] scores = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            scores[r] = base + (r % 100) / 1000.0;
        }
        return scores;
    }

    private static Predictions predictions(List<String> ids, double[] scores) {
        boolean[] truth = new boolean[ROWS];
        for (int r = 0; r < ROWS; r++) {
            truth[r] = r % 3 == 0;
        }
        return new Predictions(LABELS, ids.toArray(String[]::new), new boolean[][] {truth},
                new double[][] {scores.clone()}, Map.of());
    }
}

package dev.fairness.cache;

import dev.fairness.Sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.fairness.dataset.Predictions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCacheTest {
    private static final EvaluationKey KEY = new EvaluationKey("m1", "f1", "i1", EvaluationKeys.BY_SIZE_AND_TIME, "c1");
    private static final List<String> IDS = List.of("a.png", "b.png", "c.png", "d.png", "e.png", "f.png");
    /** Scores whose shortest decimal forms are long or tiny: each must read back as the identical double. */
    private static final double[] SCORES = {0.1 + 0.2, Math.nextUp(0.5), 1e-300, 0.0, 1.0, 2.0 / 3};
    private static final JsonNode MODEL = JsonNodeFactory.instance.objectNode().put("device", "cpu");

    @TempDir
    Path dir;

    private EvaluationCache cache() {
        return new EvaluationCache(dir.resolve("cache"));
    }

    private static Predictions predictions() {
        return new Predictions(List.of("Effusion"), IDS.toArray(String[]::new),
                new boolean[][] {{true, false, true, false, true, false}}, new double[][] {SCORES.clone()},
                Map.of("sex", new String[] {"F", "M", "F", "M", "F", "M"}));
    }

    @Test
    void storedScoresReadBackIdenticalForTheSameKey() throws IOException {
        cache().store(KEY, predictions(), MODEL);

        EvaluationCache.Hit hit = assertInstanceOf(EvaluationCache.Hit.class,
                cache().lookup(KEY, List.of("Effusion"), IDS));

        assertArrayEquals(SCORES, hit.scores()[0]);
        assertEquals(MODEL, hit.stored());
    }

    @Test
    void attributesAreNotStoredTheyDoNotChangeScores() throws IOException {
        cache().store(KEY, predictions(), MODEL);

        assertEquals("id,true_Effusion,score_Effusion",
                Files.readAllLines(cache().storedPredictions()).get(0));
    }

    @Test
    void nothingStoredIsAMissWithoutReason() {
        assertEquals(new EvaluationCache.Miss(null), cache().lookup(KEY, List.of("Effusion"), IDS));
    }

    @Test
    void aChangedModelIsAMissThatSaysSo() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        EvaluationKey retrained = new EvaluationKey("m2", "f1", "i1", EvaluationKeys.BY_SIZE_AND_TIME, "c1");

        assertEquals(new EvaluationCache.Miss("the model changed since the stored evaluation"),
                cache().lookup(retrained, List.of("Effusion"), IDS));
    }

    @Test
    void severalChangesAreListedInOneReason() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        EvaluationKey changed = new EvaluationKey("m2", "f2", "i2", EvaluationKeys.BY_SIZE_AND_TIME, "c2");

        assertEquals(new EvaluationCache.Miss("the model, the manifest, the images and the configuration changed "
                + "since the stored evaluation"), cache().lookup(changed, List.of("Effusion"), IDS));
    }

    @Test
    void switchingToContentHashesIsAChangeOfHowImagesAreCompared() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        EvaluationKey byContent = new EvaluationKey("m1", "f1", "i9", EvaluationKeys.BY_CONTENT, "c1");

        assertEquals(new EvaluationCache.Miss("the images (or how they are compared) changed since the stored "
                + "evaluation"), cache().lookup(byContent, List.of("Effusion"), IDS));
    }

    @Test
    void anEditedPredictionsFileIsNeverTrusted() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        Path file = cache().storedPredictions();
        Files.writeString(file, Files.readString(file).replace("0.30000000000000004", "0.3"));

        assertEquals(new EvaluationCache.Miss("the stored evaluation is not usable: its " + file.getFileName()
                + " is missing or was changed"), cache().lookup(KEY, List.of("Effusion"), IDS));
    }

    @Test
    void aMissingKeyFileIsAMissWithoutReason() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        Files.delete(dir.resolve("cache").resolve(EvaluationCache.KEY));

        assertEquals(new EvaluationCache.Miss(null), cache().lookup(KEY, List.of("Effusion"), IDS));
    }

    @Test
    void aTruncatedKeyFileIsAMiss() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        Path key = dir.resolve("cache").resolve(EvaluationCache.KEY);
        Files.writeString(key, Files.readString(key).substring(0, 40));

        assertEquals(new EvaluationCache.Miss("the stored evaluation is not usable: its evaluation.json cannot be "
                + "read"), cache().lookup(KEY, List.of("Effusion"), IDS));
    }

    @Test
    void otherRowsThanTheManifestsAreAMiss() throws IOException {
        cache().store(KEY, predictions(), MODEL);

        assertEquals(new EvaluationCache.Miss("the stored evaluation is not usable: its "
                + cache().storedPredictions().getFileName() + " does not list the manifest's rows"),
                cache().lookup(KEY, List.of("Effusion"),
                List.of("a.png", "b.png", "c.png", "d.png", "e.png", "g.png")));
    }

    @Test
    void storingAgainReplacesTheKeyAndLeavesNoTemporaryFiles() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        EvaluationKey next = new EvaluationKey("m2", "f1", "i1", EvaluationKeys.BY_SIZE_AND_TIME, "c1");
        cache().store(next, predictions(), MODEL);

        assertInstanceOf(EvaluationCache.Hit.class, cache().lookup(next, List.of("Effusion"), IDS));
        assertInstanceOf(EvaluationCache.Miss.class, cache().lookup(KEY, List.of("Effusion"), IDS));
        try (var files = Files.list(dir.resolve("cache"))) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")));
        }
    }

    @Test
    void aBuildKilledBeforeItsKeyWasWrittenLeavesThePreviousEvaluationUsable() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        // a later build wrote its predictions file (another content, another name) and was killed before its key
        Files.writeString(dir.resolve("cache").resolve("predictions-0123456789abcdef.csv"), "id,true_Effusion\n");

        assertInstanceOf(EvaluationCache.Hit.class, cache().lookup(KEY, List.of("Effusion"), IDS));
    }

    @Test
    void theStoredPredictionsAreNamedByTheirContentAndEarlierOnesAreRemoved() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        Path first = cache().storedPredictions();
        Predictions other = new Predictions(List.of("Effusion"), IDS.toArray(String[]::new),
                new boolean[][] {{true, false, true, false, true, false}}, new double[][] {{1, 1, 1, 1, 1, 1}},
                Map.of());
        cache().store(KEY, other, MODEL);

        try (var files = Files.list(dir.resolve("cache"))) {
            assertEquals(List.of(EvaluationCache.KEY, cache().storedPredictions().getFileName().toString()),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(first));
        assertEquals("predictions-" + Sha256.of(cache().storedPredictions()).substring(0, 16) + ".csv",
                cache().storedPredictions().getFileName().toString());
    }

    @Test
    void aKeyThatNamesAFileOutsideTheCacheIsAMiss() throws IOException {
        cache().store(KEY, predictions(), MODEL);
        Path key = dir.resolve("cache").resolve(EvaluationCache.KEY);
        Files.writeString(key, Files.readString(key).replaceAll("predictions-[0-9a-f]{16}\\.csv", "../x.csv"));

        assertEquals(new EvaluationCache.Miss("the stored evaluation is not usable: its evaluation.json has another "
                + "format"), cache().lookup(KEY, List.of("Effusion"), IDS));
    }
}

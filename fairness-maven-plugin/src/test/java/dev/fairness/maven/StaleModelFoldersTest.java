package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run starts by removing what an earlier comparison left and it will not write: the folder of a model no longer
 * in {@code <models>}, and {@code baseline/} without a {@code <baseline>}; this run's models' folders stay (the
 * comparison clears their results itself).
 */
class StaleModelFoldersTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private CheckMojo goal(String... models) {
        CheckMojo goal = new CheckMojo();
        goal.outputDirectory = out().toFile();
        goal.models = Stream.of(models).map(name -> {
            ModelConfiguration m = new ModelConfiguration();
            m.name = name;
            return m;
        }).toList();
        return goal;
    }

    /** An earlier comparison's results in {@code folder}, with its score cache. */
    private Path earlierResults(String folder) throws IOException {
        Path f = Files.createDirectories(out().resolve(folder));
        Files.writeString(f.resolve("fairness.json"), "{\"passed\": true}");
        Files.writeString(f.resolve("predictions.csv"), "id\n");
        Files.writeString(f.resolve("TEST-fairness.xml"), "<testsuite/>");
        Files.writeString(Files.createDirectories(f.resolve("cache")).resolve("evaluation.json"), "{}");
        return f;
    }

    @Test
    void theFolderOfAModelRemovedFromModelsIsRemovedAndTheKeptModelsFolderStays() throws IOException {
        Path kept = earlierResults("models/small");
        Path removed = earlierResults("models/large");

        Evaluations.clearPreviousResults(goal(" small "));

        assertFalse(Files.exists(removed), "models/large/ of a model no longer configured");
        assertTrue(Files.exists(kept.resolve("cache/evaluation.json")), "this run's model keeps its score cache");
    }

    @Test
    void withoutModelsAndBaselineTheWholeModelsFolderAndTheBaselineFolderAreRemoved() throws IOException {
        earlierResults("models/small");
        earlierResults("baseline");
        Files.writeString(Files.createDirectories(out()).resolve("fairness.json"), "{}");

        Evaluations.clearPreviousResults(goal());

        try (Stream<Path> left = Files.list(out())) {
            assertEquals(List.of(), left.toList(), "nothing of the earlier comparison is left");
        }
    }

    @Test
    void aFileThePluginDidNotWriteStaysWithItsFolderButTheResultsBesideItGo() throws IOException {
        Path removed = earlierResults("models/large");
        Files.writeString(removed.resolve("notes.txt"), "mine");

        Evaluations.clearPreviousResults(goal("small"));

        try (Stream<Path> left = Files.list(removed)) {
            assertEquals(List.of(removed.resolve("notes.txt")), left.toList());
        }
    }
}

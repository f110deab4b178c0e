package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code fairness:merge}'s {@code <shards>}, and the model and manifest the shards are checked against. */
class MergeReaderTest {

    private static Configuration withModel() {
        Configuration c = new Configuration();
        c.model = new File("model.onnx");
        c.manifest = new File("manifest.csv");
        return c;
    }

    @Test
    void theShardFoldersAreMadeAbsolute() {
        assertEquals(List.of(Path.of("shards").toAbsolutePath(), Path.of("more").toAbsolutePath()),
                MergeReader.folders(List.of(new File("shards"), new File("x/../more")), withModel()));
    }

    @Test
    void noShardFoldersSayWhatToSet() {
        assertEquals("fairness:merge needs <shards>: the folders holding the shards' outputs (shard-<i>-of-<n>.json "
                + "and .csv, also in subfolders), e.g. -Dfairness.shards=shards.",
                assertThrows(InputException.class, () -> MergeReader.folders(null, withModel())).getMessage());
    }

    @Test
    void aMergeOfPredictionsIsRejected() {
        Configuration c = new Configuration();
        c.predictions = new File("predictions.csv");

        assertEquals("fairness:merge merges the scores of <model> on <manifest> from shards, but <predictions> is "
                + "set. Judge <predictions> with fairness:check; merge with <model> and <manifest> set as in the "
                + "jobs that scored the shards.", assertThrows(InputException.class,
                        () -> MergeReader.folders(List.of(new File("shards")), c)).getMessage());
    }

    @Test
    void aMergeWithoutTheModelIsRejected() {
        Configuration c = withModel();
        c.model = null;

        assertEquals("fairness:merge needs <model> and <manifest>, as in the jobs that scored the shards: every "
                + "shard is checked against them, and the manifest gives the rows, their truth and attributes.",
                assertThrows(InputException.class, () -> MergeReader.folders(List.of(new File("s")), c))
                        .getMessage());
    }
}

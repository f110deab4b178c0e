package dev.fairness.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** fairness.json files of the runs, and the unsharded run that a merge must equal. */
final class FairnessJsonFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ObjectNode unsharded;

    private FairnessJsonFiles() {
    }

    /**
     * The file without what differs between runs by design ({@code createdAt}, the merge's {@code shards}), and
     * with the folder the job ran in written as {@code <job>}: CI runs each job in a folder of its own.
     */
    static ObjectNode comparable(Path file, Path jobFolder) {
        try {
            String text = Files.readString(file).replace(jobFolder.toAbsolutePath().toString(), "<job>");
            ObjectNode json = (ObjectNode) JSON.readTree(text);
            json.remove(List.of("createdAt", "shards"));
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** fairness.json of {@code mvn -B verify} on the whole sharding repository, computed once. */
    static synchronized ObjectNode unsharded() {
        if (unsharded == null) {
            Path repo = RecipeProjects.shards("unsharded");
            RecipeWorkspace.Run run = RecipeWorkspace.run(List.of("mvn", "-B", "verify"), repo, Map.of(), 900);
            if (run.exit() != 0) {
                throw new IllegalStateException("the unsharded run failed:\n" + run.output());
            }
            unsharded = comparable(repo.resolve("target/fairness/fairness.json"), repo);
        }
        return unsharded.deepCopy();
    }
}

package dev.fairness.shard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fairness.InputException;
import dev.fairness.Sha256;
import dev.fairness.dataset.PredictionsCsvWriter;
import dev.fairness.output.AtomicFile;
import dev.fairness.output.OutputFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A shard's output in the output directory: {@code shard-<i>-of-<n>.csv}, its scores in the predictions CSV format
 * (id, {@code true_<label>}, {@code score_<label>}; scores written so that they read back identical), and
 * {@code shard-<i>-of-<n>.json}, its {@link ShardDescriptor}.
 */
public final class ShardFiles {
    static final int FORMAT = 1;
    /** The name of a descriptor: {@code shard-<i>-of-<n>.json}. */
    static final Pattern DESCRIPTOR = Pattern.compile("shard-[0-9]+-of-[0-9]+\\.json");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ShardFiles() {
    }

    /**
     * Writes the scores, then the descriptor that names them (each atomically): a descriptor is only ever seen with
     * the complete scores it vouches for.
     *
     * @return the descriptor file
     * @throws InputException when a file cannot be written (the message names it)
     */
    public static Path write(Path directory, ScoredShard scored, String pluginVersion) {
        String stem = scored.shard().fileStem();
        Path scores = directory.resolve(stem + ".csv");
        Path descriptor = directory.resolve(stem + ".json");
        String sha256;
        try {
            Files.createDirectories(directory);
            Path staged = directory.resolve("." + stem + "." + UUID.randomUUID() + ".csv.tmp");
            try {
                PredictionsCsvWriter.write(scored.scores(), staged);
                sha256 = Sha256.of(staged);
                AtomicFile.move(staged, scores);
            } finally {
                Files.deleteIfExists(staged);
            }
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(scores, e);
        }
        ShardDescriptor content = ShardDescriptor.of(scored, pluginVersion, scores.getFileName().toString(), sha256);
        try {
            AtomicFile.write(descriptor, out -> JSON.writeValue(out, content));
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(descriptor, e);
        }
        return descriptor;
    }
}

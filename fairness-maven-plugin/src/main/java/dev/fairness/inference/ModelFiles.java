package dev.fairness.inference;

import dev.fairness.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model files one goal execution has read, so that each is read and hashed once however often the execution
 * needs its hash (the test set and the validation set, models scored together and then evaluated one by one, a
 * shard and its descriptor, a zero-shot text tower in the score key and in the prompt embeddings' key). The memo
 * lives as long as the execution's evaluator; it never outlives the build, so the score cache's key is always the
 * SHA-256 of bytes this build read. A file whose size, modification time or identity changed since it was hashed
 * is hashed again.
 */
public final class ModelFiles {
    private final Map<Path, Hashed<ModelFile>> models = new ConcurrentHashMap<>();
    private final Map<Path, Hashed<String>> others = new ConcurrentHashMap<>();
    private final Map<Path, Integer> reads = new ConcurrentHashMap<>();

    private record Hashed<T>(Object fileKey, long size, FileTime modified, T value) {
        boolean stillDescribes(BasicFileAttributes now) {
            return now != null && now.size() == size && now.lastModifiedTime().equals(modified)
                    && Objects.equals(now.fileKey(), fileKey);
        }
    }

    /** Reads what a file holds; the memo's one way to read, so every read is counted alike. */
    private interface Reader<T, E extends Exception> {
        T read(Path file) throws E;
    }

    /**
     * The model file's hash and header, read now or earlier in this execution.
     *
     * @throws dev.fairness.InputException as {@link OnnxModel#read}
     */
    public ModelFile read(Path file) {
        OnnxModel.requireModelFile(file);
        return memo(models, file, OnnxModel::read);
    }

    /**
     * The SHA-256 of a file that scores depend on beside the model (a zero-shot text tower, its tokenizer), read
     * now or earlier in this execution.
     */
    public String sha256(Path file) throws IOException {
        return memo(others, file, Sha256::of);
    }

    /** The hash read earlier in this execution when the file has not changed since, else null. */
    public ModelFile known(Path file) {
        Hashed<ModelFile> earlier = models.get(file.toAbsolutePath().normalize());
        return earlier != null && earlier.stillDescribes(attributes(file)) ? earlier.value() : null;
    }

    /** How often {@code file}'s bytes were read by this memo (tests: once per build). */
    int reads(Path file) {
        return reads.getOrDefault(file.toAbsolutePath().normalize(), 0);
    }

    private <T, E extends Exception> T memo(Map<Path, Hashed<T>> memo, Path file, Reader<T, E> reader) throws E {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes before = attributes(file);
        Hashed<T> earlier = memo.get(key);
        if (earlier != null && earlier.stillDescribes(before)) {
            return earlier.value();
        }
        T read = reader.read(file);
        reads.merge(key, 1, Integer::sum);
        // the attributes from before the read: a file that changes while it is hashed is hashed again next time
        if (before != null) {
            memo.put(key, new Hashed<>(before.fileKey(), before.size(), before.lastModifiedTime(), read));
        }
        return read;
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // reading it reports what is wrong
        }
    }
}

package dev.fairness.inference;

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
 * shard and its descriptor). The memo lives as long as the execution's evaluator; it never outlives the build, so
 * the score cache's key is always the SHA-256 of bytes this build read. A file whose size, modification time or
 * identity changed since it was hashed is hashed again.
 */
public final class ModelFiles {
    private final Map<Path, Hashed> hashed = new ConcurrentHashMap<>();
    private final Map<Path, Integer> reads = new ConcurrentHashMap<>();

    private record Hashed(Object fileKey, long size, FileTime modified, ModelFile file) {
        boolean stillDescribes(BasicFileAttributes now) {
            return now.size() == size && now.lastModifiedTime().equals(modified)
                    && Objects.equals(now.fileKey(), fileKey);
        }
    }

    /**
     * The model file's hash and header, read now or earlier in this execution.
     *
     * @throws dev.fairness.InputException as {@link OnnxModel#read}
     */
    public ModelFile read(Path file) {
        OnnxModel.requireModelFile(file);
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes before = attributes(file);
        Hashed earlier = hashed.get(key);
        if (earlier != null && before != null && earlier.stillDescribes(before)) {
            return earlier.file();
        }
        ModelFile read = OnnxModel.read(file);
        reads.merge(key, 1, Integer::sum);
        // the attributes from before the read: a file that changes while it is hashed is hashed again next time
        if (before != null) {
            hashed.put(key, new Hashed(before.fileKey(), before.size(), before.lastModifiedTime(), read));
        }
        return read;
    }

    /** The hash read earlier in this execution when the file has not changed since, else null. */
    public ModelFile known(Path file) {
        Hashed earlier = hashed.get(file.toAbsolutePath().normalize());
        BasicFileAttributes now = earlier == null ? null : attributes(file);
        return now != null && earlier.stillDescribes(now) ? earlier.file() : null;
    }

    /** How often {@code file}'s bytes were read by this memo (tests: once per build). */
    int reads(Path file) {
        return reads.getOrDefault(file.toAbsolutePath().normalize(), 0);
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // reading it reports what is wrong
        }
    }
}

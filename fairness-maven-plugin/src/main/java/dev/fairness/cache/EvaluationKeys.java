package dev.fairness.cache;

import dev.fairness.Sha256;
import dev.fairness.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/** Computes an {@link EvaluationKey} from the files and settings of an evaluation. */
public final class EvaluationKeys {
    public static final String BY_SIZE_AND_TIME = "size+mtime";
    public static final String BY_CONTENT = "content";

    private EvaluationKeys() {
    }

    /**
     * @param modelSha256   the SHA-256 of the model file's bytes, as {@code ModelFile} read it (hashed once per run)
     * @param images        the image of every manifest row, in row order
     * @param contentHash   hash every image's bytes instead of taking its size and modification time
     * @param configuration every setting that changes the scores, by name (order does not matter)
     * @throws InputException when a file cannot be read (the message names it)
     */
    public static EvaluationKey of(String modelSha256, Path manifest, List<Path> images, boolean contentHash,
                                   Map<String, String> configuration) {
        return new EvaluationKey(modelSha256, fileHash(manifest), images(manifest.getParent(), images, contentHash),
                contentHash ? BY_CONTENT : BY_SIZE_AND_TIME, configuration(configuration));
    }

    /** One line per image, {@code path size mtime-ns} or {@code path sha256}, hashed in row order. */
    static String images(Path folder, List<Path> images, boolean contentHash) {
        String[] lines = new String[images.size()];
        IntStream range = IntStream.range(0, images.size());
        // stat calls are cheap and sequential is fastest; reading every byte is worth all cores
        (contentHash ? range.parallel() : range).forEach(i -> lines[i] = imageLine(folder, images.get(i), contentHash));
        MessageDigest sha = Sha256.digest();
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return Sha256.hex(sha);
    }

    private static String imageLine(Path folder, Path image, boolean contentHash) {
        String name = folder == null ? image.toString() : folder.relativize(image).toString().replace('\\', '/');
        try {
            if (contentHash) {
                return name + " " + Sha256.of(image);
            }
            BasicFileAttributes attributes = Files.readAttributes(image, BasicFileAttributes.class);
            return name + " " + attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            throw new InputException("Could not read image " + image + " to check whether it changed since the last "
                    + "evaluation (" + e.getMessage() + "). Check that the file exists and is readable.", e);
        }
    }

    /** SHA-256 over {@code name=value} lines in name order (also the evaluation key of scored shards). */
    public static String configuration(Map<String, String> configuration) {
        SortedMap<String, String> sorted = new TreeMap<>(configuration);
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return Sha256.of(text.toString());
    }

    private static String fileHash(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new InputException("Could not read " + file + " (" + e.getMessage() + "). Check that the file "
                    + "exists and is readable.", e);
        }
    }
}

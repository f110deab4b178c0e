package dev.fairness.zeroshot;

import dev.fairness.InputException;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The prompt-embeddings files of a cache folder ({@code prompt-embeddings-<key>.json}, one per text side) and
 * which of them to keep. Each use of a file (read or written) sets its modification time to now, so the time says
 * when it was last used. After a new file is stored, the files that are neither among the {@value #KEEP} most
 * recently used nor used since this build's JVM started are deleted.
 *
 * <p>Why that is safe when several executions share the folder: every execution of this build that needs a file
 * uses it after the JVM started, and a file used since then is never deleted, however many there are. Another build
 * (another JVM) sharing the folder reads its file whole when its evaluation starts; if it finds the file gone, it
 * encodes the prompts again ({@link #read} answers null): deleting a file costs time, never a result or a failure.
 */
final class StoredPromptEmbeddings {
    /** Besides the ones this build used, this many recently used files are kept (another branch, another goal). */
    static final int KEEP = 4;
    private static final Pattern NAME = Pattern.compile("prompt-embeddings-[0-9a-f]{16}\\.json");

    private final Path folder;
    private final Instant buildStart;
    private final int keep;

    StoredPromptEmbeddings(Path folder) {
        this(folder, Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), KEEP);
    }

    /** @param buildStart files used since then are in use by this build */
    StoredPromptEmbeddings(Path folder, Instant buildStart, int keep) {
        this.folder = folder;
        this.buildStart = buildStart;
        this.keep = keep;
    }

    /** The file of a text side's key (its SHA-256 in hex). */
    Path file(String key) {
        return folder.resolve("prompt-embeddings-" + key.substring(0, 16) + ".json");
    }

    /** The stored embeddings, marked as used now; null when there are none (never stored, or deleted meanwhile). */
    PromptEmbeddings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            PromptEmbeddings stored = PromptEmbeddingsFile.read(file);
            markUsed(file);
            return stored;
        } catch (InputException e) {
            if (!Files.exists(file)) {
                return null; // another build pruned it between the check and the read
            }
            throw e;
        }
    }

    /** Stores new embeddings (marked as used now), then deletes the files nobody is likely to use again. */
    void store(Path file, PromptEmbeddings embeddings, String origin) throws IOException {
        Files.createDirectories(folder);
        PromptEmbeddingsFile.write(file, embeddings, origin);
        markUsed(file);
        prune();
    }

    /**
     * Deletes the files that are neither among the {@code keep} most recently used nor used since the build
     * started. Best effort: a file that cannot be deleted costs disk space only.
     *
     * @return the deleted files
     */
    List<Path> prune() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder)) {
            for (Path file : all) {
                if (NAME.matcher(file.getFileName().toString()).matches()) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        files.sort(Comparator.comparing(StoredPromptEmbeddings::lastUsed).reversed());
        List<Path> deleted = new ArrayList<>();
        for (Path file : files.subList(Math.min(keep, files.size()), files.size())) {
            if (lastUsed(file).toInstant().isBefore(buildStart)) {
                try {
                    if (Files.deleteIfExists(file)) {
                        deleted.add(file);
                    }
                } catch (IOException e) {
                    // left for a later build
                }
            }
        }
        return deleted;
    }

    private static void markUsed(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache is still used; it is only pruned sooner
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE); // gone or unreadable: never deleted by this build
        }
    }
}

package dev.fairness.output;

import dev.fairness.InputException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;

/**
 * The output directory at the start of a run. It must be a writable folder (else the build fails with a message
 * saying so, before any work), and the previous run's results are removed from it: whatever happens later in this
 * run — bad input, a failing worker, a crash — the folder then holds this run's results or none, never an earlier
 * run's {@code "passed": true} that a CI job would take for this run's. Sub-folders (the evaluation cache) stay.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Creates {@code folder} when needed, checks that files can be created in it, and deletes the result files
     * {@code resultNames}. Hidden temporary files a killed run left are not touched: they claim nothing, and one
     * may belong to a build writing into the same folder right now.
     *
     * @throws InputException when the folder is a file, cannot be created or written, or a result cannot be
     *                        removed (the message names it and says what to do)
     */
    public static void prepare(Path folder, List<String> resultNames) {
        prepare(folder, resultNames, List.of());
    }

    /**
     * As {@link #prepare(Path, List)}, but a result file that is also one of {@code inputs} (e.g. an earlier
     * {@code predictions.csv} given as {@code <predictions>}) is kept: it is this run's input, not a stale result.
     */
    public static void prepare(Path folder, List<String> resultNames, List<Path> inputs) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(OutputMessages.isAFile(dir));
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new InputException(OutputMessages.isAFile(dir), e);
        } catch (IOException e) {
            Path file = fileInTheWay(dir);
            throw new InputException(file == null ? OutputMessages.cannotCreate(dir, e)
                    : OutputMessages.cannotCreate(dir, new FileAlreadyExistsException(file.toString())), e);
        }
        probeWritable(dir);
        for (String name : resultNames) {
            Path file = dir.resolve(name);
            try {
                if (isOneOf(file, inputs)) {
                    continue;
                }
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new InputException(OutputMessages.cannotRemove(file, e), e);
            }
        }
    }

    private static boolean isOneOf(Path file, List<Path> inputs) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        for (Path input : inputs) {
            if (Files.exists(input) && Files.isSameFile(file, input)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest parent of {@code dir} that exists as a file, or null (the system says only "not a directory"). */
    private static Path fileInTheWay(Path dir) {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    /** Creates and deletes a file: the only check that holds for every user (root included) and file system. */
    private static void probeWritable(Path dir) {
        Path probe = dir.resolve(".write-check." + TemporaryNames.unique() + ".tmp");
        try {
            Files.newByteChannel(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            Files.delete(probe);
        } catch (IOException e) {
            throw new InputException(OutputMessages.notWritable(dir, e), e);
        }
    }

    /**
     * Removes a sub-folder of the output directory that this run does not write (a model removed from the
     * configuration): the result files {@code resultNames} in it, the folders {@code ownedFolders} in it (the
     * plugin's own, such as the score cache) with everything inside, and then the folder when nothing else is left.
     * A file the plugin did not write (and a hidden temporary file of a build writing right now) stays, and with it
     * the folder: it claims to be no result.
     *
     * @return whether the folder is gone
     * @throws InputException when a file cannot be removed (the message names it and says what to do)
     */
    public static boolean removeFolder(Path folder, List<String> resultNames, List<String> ownedFolders) {
        for (String name : resultNames) {
            delete(folder.resolve(name));
        }
        for (String name : ownedFolders) {
            Path owned = folder.resolve(name);
            if (Files.isDirectory(owned, LinkOption.NOFOLLOW_LINKS)) {
                try (var paths = Files.walk(owned)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        delete(p);
                    }
                } catch (IOException e) {
                    throw new InputException(OutputMessages.cannotRemove(owned, e), e);
                }
            }
        }
        try (var left = Files.list(folder)) {
            if (left.findAny().isPresent()) {
                return false;
            }
        } catch (IOException e) {
            throw new InputException(OutputMessages.cannotRemove(folder, e), e);
        }
        delete(folder);
        return true;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new InputException(OutputMessages.cannotRemove(file, e), e);
        }
    }

    /**
     * Writes one output file atomically ({@link AtomicFile}).
     *
     * @throws InputException when it cannot be written (the message names the file and says what to do)
     */
    public static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** The user error for an output file that could not be written: names the file, the reason, what to do. */
    public static InputException cannotWrite(Path file, IOException e) {
        return new InputException(OutputMessages.cannotWrite(file.toAbsolutePath().normalize(), e), e);
    }
}

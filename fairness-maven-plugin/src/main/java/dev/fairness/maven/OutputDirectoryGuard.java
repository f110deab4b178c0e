package dev.fairness.maven;

import dev.fairness.InputException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps what a later build compares against out of the output directory: every run removes the previous results
 * there when it starts and writes its own (a comparison writes the baseline's own results to
 * {@code baseline/} in it), so a baseline kept inside would be deleted or replaced by this run's files before it is
 * compared with, and the gate would compare the candidate with itself or fail on a missing file.
 */
final class OutputDirectoryGuard {
    private OutputDirectoryGuard() {
    }

    /** @throws InputException when the baseline file {@code parameter} names is inside the output directory */
    static void baselineFile(Path file, File outputDirectory, String parameter) {
        Path out = InputsReader.path(outputDirectory);
        if (inside(file, out)) {
            throw new InputException(parameter + " " + file + " is inside the output directory " + out + ", which "
                    + "every run clears and overwrites: the baseline would be deleted or replaced by this run's own "
                    + "results before the comparison. Keep the baseline under src/ (fairness:baseline writes to "
                    + "src/test/fairness/baseline by default), or copy it out of the output directory first (for "
                    + "example to target/fairness-baseline) and point " + parameter + " there.");
        }
    }

    /** @throws InputException when {@code fairness:baseline} would write into the output directory */
    static void baselineDirectory(File baselineDirectory, File outputDirectory) {
        Path folder = InputsReader.path(baselineDirectory);
        Path out = InputsReader.path(outputDirectory);
        if (inside(folder, out)) {
            throw new InputException("<baselineDirectory> " + folder + " is inside the output directory " + out
                    + ", which every run of the plugin clears and overwrites: the next build would delete or replace "
                    + "the baseline before comparing with it. Write it under src/ (the default is "
                    + "src/test/fairness/baseline) to commit it, or outside the output directory (for example "
                    + "target/fairness-baseline) to keep it as a CI artifact.");
        }
    }

    /** Whether {@code path} is {@code folder} or inside it, by path components (target/fairness-baseline is not). */
    static boolean inside(Path path, Path folder) {
        return real(path).startsWith(real(folder));
    }

    /** The path with symbolic links resolved as far as it exists, so that a link into the folder counts as inside. */
    private static Path real(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        Path rest = existing.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path.toAbsolutePath().normalize();
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}

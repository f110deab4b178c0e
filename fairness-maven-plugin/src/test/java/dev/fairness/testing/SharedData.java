package dev.fairness.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real chest X-ray data beside the project ({@code ../shared/data}), never part of the repository: found
 * through the system property {@code fairness.sharedData} (set by surefire); tests that need it are skipped with
 * a message when it is absent, as in a user's fresh clone.
 */
public final class SharedData {
    private SharedData() {
    }

    /** A folder of the shared data, or a skipped test. */
    public static Path folder(String name) {
        Path root = Path.of(System.getProperty("fairness.sharedData", "../../shared/data")).toAbsolutePath()
                .normalize();
        Path folder = root.resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(folder), "skipped: ../shared/data not found at " + folder);
        return folder;
    }
}

package dev.fairness.maven;

import java.nio.file.Path;
import java.util.Map;

/**
 * GitHub Actions names the file a step appends its Markdown summary to in the environment variable
 * {@value #VARIABLE}; the goal reads it here (the engine reads no environment) and passes the path on.
 */
final class GitHubStepSummary {
    static final String VARIABLE = "GITHUB_STEP_SUMMARY";

    private GitHubStepSummary() {
    }

    /** The file to append to, or null when the variable is unset or blank (not on GitHub Actions). */
    static Path file(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}

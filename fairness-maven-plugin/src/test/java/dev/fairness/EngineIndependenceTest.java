package dev.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine (every package but {@code dev.fairness.maven}) uses no Maven API, so that it can run without Maven:
 * the goals read the pom ({@code maven.SpecReader}) and hand the engine a spec.
 */
class EngineIndependenceTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/fairness");

    @Test
    void noSourceOutsideTheMavenPackageMentionsAMavenApi() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the plugin module: " + SOURCES.toAbsolutePath());
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !SOURCES.relativize(f).startsWith("maven"))
                    .filter(EngineIndependenceTest::mentionsMaven)
                    .map(f -> SOURCES.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean mentionsMaven(Path file) {
        try {
            return Files.readString(file).contains("org.apache.maven.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

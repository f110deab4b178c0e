package dev.fairness;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two rules of the code base that no compiler checks, read from the main sources (surefire runs in the module's
 * folder): the engine imports no Maven API, so another build tool or a command line can reuse it unchanged; and
 * no main class grows past 300 lines, so that each stays one concept a newcomer can read.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final String ADAPTERS = "dev/fairness/maven/";
    private static final int MAX_LINES = 300;

    @Test
    void onlyTheMavenAdaptersReferToTheMavenApi() {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            String name = relative(file);
            if (name.startsWith(ADAPTERS)) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = codeOf(lines.get(i));
                if (code.contains("org.apache.maven.") || code.contains("org.codehaus.plexus.")) {
                    found.add(name + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertEquals(List.of(), found, "the engine must not use the Maven API; move this into " + ADAPTERS);
    }

    @Test
    void noMainClassIsLongerThan300Lines() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainSources()) {
            String name = relative(file);
            int count = lines(file).size();
            if (count > MAX_LINES) {
                tooLong.add(name + " has " + count + " lines; split it by concept");
            }
        }
        assertEquals(List.of(), tooLong, "main classes over " + MAX_LINES + " lines");
    }

    @Test
    void theRulesSeeEveryMainSource() {
        List<String> names = mainSources().stream().map(ArchitectureTest::relative).toList();
        assertTrue(names.contains("dev/fairness/maven/CheckMojo.java"), "no Mojo among " + names.size() + " sources");
        assertTrue(names.contains("dev/fairness/engine/Evaluator.java"), "no engine among " + names.size() + " sources");
    }

    /** The code of a line: nothing of it when it is a comment line, else what stands before a {@code //}. */
    private static String codeOf(String line) {
        String trimmed = line.trim();
        if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
            return "";
        }
        int comment = trimmed.indexOf("//");
        return comment < 0 ? trimmed : trimmed.substring(0, comment);
    }

    private static List<Path> mainSources() {
        assertTrue(Files.isDirectory(MAIN), MAIN.toAbsolutePath() + " not found: run from the plugin module");
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path file) {
        return MAIN.relativize(file).toString().replace('\\', '/');
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.fairness.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, as a test opens a page in it: the DOM after loading ({@code --dump-dom}) and a
 * screenshot. Each run has a new profile and no network features, and fails with the browser's output when the
 * browser does not finish.
 */
final class Chromium {
    static final int WIDTH = 1280;
    static final int HEIGHT = 2000;
    private static final long TIMEOUT_SECONDS = 120;

    private final String executable;

    private Chromium(String executable) {
        this.executable = executable;
    }

    /**
     * The browser named by {@code -Dfairness.chromium} (default {@code chromium}). Without one the test is skipped
     * with one line on a contributor's machine, and fails where a browser is required: in CI (the environment
     * variable {@code CI} is {@code true}; .ci/run installs Debian's chromium) or with {@code -Dfairness.requireChromium}.
     */
    static Chromium find() {
        String name = System.getProperty("fairness.chromium", "chromium");
        if (name.contains(File.separator) ? Files.isExecutable(Path.of(name)) : onPath(name)) {
            return new Chromium(name);
        }
        String missing = "no headless Chromium: '" + name + "' was not found. Install Debian's package (apt-get install "
                + "chromium; .ci/run does it) or point -Dfairness.chromium at one.";
        if ("true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("fairness.requireChromium")) {
            throw new AssertionError("The report test needs a headless Chromium, and " + missing);
        }
        if (!skipAnnounced) {
            skipAnnounced = true;
            System.out.println("Skipping the report test in a browser: " + missing);
        }
        return Assumptions.abort("Skipped: " + missing);
    }

    private static boolean skipAnnounced;

    private static boolean onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    /** The page's DOM as Chromium serialises it after loading. */
    String dumpDom(Path page, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("dom.html");
        run(work, out, "--dump-dom", page.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The page's DOM after loading in a {@code width} x {@code height} window, where its scripts measured the layout. */
    String dumpDom(Path page, Path work, int width, int height) throws IOException, InterruptedException {
        Path out = work.resolve("dom.html");
        run(work, out, "--window-size=" + width + "," + height, "--hide-scrollbars", "--dump-dom", page.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A screenshot of the page in a {@value #WIDTH} x {@value #HEIGHT} window. */
    void screenshot(Path page, Path png, Path work) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(work, work.resolve("screenshot.log"), "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars", page.toUri().toString());
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("Chromium wrote no screenshot of " + page + "; its output:\n"
                    + Files.readString(work.resolve("screenshot.log")) + Files.readString(work.resolve("chromium.err")));
        }
    }

    private void run(Path work, Path stdout, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(executable, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(arguments));
        Path stderr = work.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("Chromium exited with " + process.exitValue() + ": " + command + "\n"
                    + Files.readString(stderr));
        }
    }
}

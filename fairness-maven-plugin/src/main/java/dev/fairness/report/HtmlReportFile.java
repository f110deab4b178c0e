package dev.fairness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the standalone report, {@value #NAME}, beside fairness.json: atomically, a temporary file then a move. */
public final class HtmlReportFile {
    public static final String NAME = "report.html";

    private HtmlReportFile() {
    }

    /** Writes the page's document into {@code directory} and returns the file. */
    public static Path write(ReportPage page, Path directory) {
        Path file = directory.resolve(NAME);
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, "report", ".html.tmp");
            try {
                Files.writeString(tmp, page.document(), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}

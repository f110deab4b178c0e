package dev.fairness.report;

import dev.fairness.output.OutputFolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes the standalone report, {@value #NAME}, beside fairness.json, atomically ({@code AtomicFile}). */
public final class HtmlReportFile {
    public static final String NAME = "report.html";

    private HtmlReportFile() {
    }

    /**
     * Writes the page's document into {@code directory} and returns the file.
     *
     * @throws dev.fairness.InputException when it cannot be written (the message names the file and what to do)
     */
    public static Path write(ReportPage page, Path directory) {
        Path file = directory.resolve(NAME);
        OutputFolder.write(file, out -> out.write(page.document().getBytes(StandardCharsets.UTF_8)));
        return file;
    }
}

package dev.fairness.report.ci;

import dev.fairness.InputException;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.output.OutputFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The files CI systems read, written atomically into the output directory with fairness.json on every run,
 * before the gate judges the build: {@value JUnitReport#NAME}, {@value MarkdownSummary#NAME} and
 * {@value OpenMetricsText#NAME}. They are removed when a run starts with the other results, so an earlier run's
 * files never pass for this one's.
 */
public final class CiFiles {
    /** Every CI file, for removing the previous run's. */
    public static final List<String> ALL = List.of(JUnitReport.NAME, MarkdownSummary.NAME, OpenMetricsText.NAME);

    private CiFiles() {
    }

    /** @throws InputException when a file cannot be written (the message names it and says what to do) */
    public static void write(EvaluationResult result, Path directory) {
        write(result, RuleCase.of(result), directory);
    }

    /**
     * As {@link #write(EvaluationResult, Path)} for the rule cases given: a comparison's are every model's
     * ({@link RuleCase#ofModels}); the per-group numbers are those of {@code result}, the first model's.
     */
    public static void write(EvaluationResult result, List<RuleCase> cases, Path directory) {
        write(result, cases, List.of(), directory);
    }

    /**
     * As {@link #write(EvaluationResult, List, Path)}, with a build's change rules against the baseline after the
     * rule cases: they are test cases, summary rows and metrics as the rules are, and count in the verdict.
     */
    public static void write(EvaluationResult result, List<RuleCase> cases, List<ChangeCase> changes, Path directory) {
        write(result, RuleCase.modelName(result), cases, changes, directory);
    }

    /**
     * As above, for a comparison: {@code result} is model {@code model}'s (the name its rule cases carry), whose
     * groups' metrics the summary and the metrics show.
     */
    public static void write(EvaluationResult result, String model, List<RuleCase> cases, List<ChangeCase> changes,
                             Path directory) {
        OutputFolder.write(directory.resolve(JUnitReport.NAME),
                out -> JUnitReport.write(cases, changes, result.createdAt(), result.pluginVersion(), out));
        String summary = MarkdownSummary.render(result, model, cases, changes, MarkdownSummary.LIMIT);
        OutputFolder.write(directory.resolve(MarkdownSummary.NAME), out -> utf8(summary, out));
        String metrics = OpenMetricsText.render(result, model, cases, changes);
        OutputFolder.write(directory.resolve(OpenMetricsText.NAME), out -> utf8(metrics, out));
    }

    /**
     * Appends this run's summary to GitHub's step summary file ({@code $GITHUB_STEP_SUMMARY}, which the goal reads
     * from the environment): GitHub shows what the steps of a job append there on the run's page.
     *
     * @throws InputException when the file cannot be appended to
     */
    public static void appendStepSummary(Path directory, Path stepSummary) {
        try {
            byte[] summary = Files.readAllBytes(directory.resolve(MarkdownSummary.NAME));
            Files.write(stepSummary, summary, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new InputException("Cannot append the fairness summary to " + stepSummary.toAbsolutePath()
                    + " (named by GITHUB_STEP_SUMMARY): " + e + ". Check that the variable names a writable file, "
                    + "or unset it; " + MarkdownSummary.NAME + " in " + directory + " has the same text.", e);
        }
    }

    private static void utf8(String text, OutputStream out) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}

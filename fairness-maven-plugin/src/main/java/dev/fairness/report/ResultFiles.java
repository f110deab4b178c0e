package dev.fairness.report;

import dev.fairness.InputException;
import dev.fairness.dataset.PredictionsCsvWriter;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.output.OutputFolder;
import dev.fairness.report.ci.CiFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files every evaluation leaves in the output directory: fairness.json, predictions.csv and the files CI systems
 * read ({@link CiFiles}).
 */
public final class ResultFiles {
    public static final String JSON = "fairness.json";
    public static final String PREDICTIONS = "predictions.csv";
    /** Every file that claims to be a run's result: removed when a run starts ({@link #clearPrevious}). */
    public static final List<String> ALL = Stream.concat(Stream.of(JSON, PREDICTIONS, HtmlReportFile.NAME),
            CiFiles.ALL.stream()).toList();

    private ResultFiles() {
    }

    /**
     * Checks that {@code directory} is a writable folder and removes the previous run's result files from it, so
     * that a run that fails from here on leaves no result that is not its own. The evaluation cache stays.
     *
     * @throws InputException when the folder is a file, is not writable, or a result cannot be removed
     */
    public static void clearPrevious(Path directory) {
        clearPrevious(directory, List.of());
    }

    /** As {@link #clearPrevious(Path)}, keeping a result file that is one of this run's {@code inputs}. */
    public static void clearPrevious(Path directory, List<Path> inputs) {
        OutputFolder.prepare(directory, ALL, inputs);
    }

    /** @throws InputException when a file cannot be written (the message names it and says what to do) */
    public static void write(EvaluationResult result, Path directory) {
        Path predictions = directory.resolve(PREDICTIONS);
        try {
            PredictionsCsvWriter.write(result.predictions(), predictions);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(predictions, e);
        }
        Path json = directory.resolve(JSON);
        try {
            FairnessJson.write(result, json);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(json, e);
        }
        CiFiles.write(result, directory);
    }
}

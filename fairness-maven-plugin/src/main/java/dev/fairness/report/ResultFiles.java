package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.InputException;
import dev.fairness.dataset.PredictionsCsvWriter;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.metrics.Parallel;
import dev.fairness.output.OutputFolder;
import dev.fairness.report.ci.CiFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files an evaluation leaves in the output directory: fairness.json, predictions.csv when a model ran, and the
 * files CI systems read ({@link CiFiles}).
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

    /**
     * Whether the run leaves a predictions.csv: when a model scored the test set. Scores read from a predictions
     * file are that file already; repeating it (50 MB for a million rows) would add nothing.
     */
    public static boolean writesPredictions(EvaluationResult result) {
        return result.model() != null;
    }

    /** Writes predictions.csv, whatever the scores were read from (a baseline keeps them). */
    public static void writePredictions(EvaluationResult result, Path directory) {
        Path predictions = directory.resolve(PREDICTIONS);
        try {
            PredictionsCsvWriter.write(result.predictions(), predictions);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(predictions, e);
        }
    }

    /** @throws InputException when a file cannot be written (the message names it and says what to do) */
    public static void write(EvaluationResult result, Path directory) {
        write(result, directory, json -> { });
    }

    /** As {@link #write(EvaluationResult, Path)}, with what {@code addition} adds to fairness.json. */
    public static void write(EvaluationResult result, Path directory, Consumer<ObjectNode> addition) {
        List<Runnable> files = new ArrayList<>();
        if (writesPredictions(result)) {
            files.add(() -> writePredictions(result, directory));
        }
        Path json = directory.resolve(JSON);
        files.add(() -> {
            try {
                FairnessJson.write(result, json, addition);
            } catch (IOException e) {
                throw OutputFolder.cannotWrite(json, e);
            }
        });
        files.add(() -> CiFiles.write(result, directory));
        // independent files, each written atomically: at once, on every core; the first failure in this order is
        // the one reported, as when they were written one after the other
        Parallel.map(files.size(), Parallel.defaultThreads(), k -> {
            files.get(k).run();
            return null;
        });
    }
}

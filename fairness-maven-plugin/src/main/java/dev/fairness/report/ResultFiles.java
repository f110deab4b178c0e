package dev.fairness.report;

import dev.fairness.dataset.PredictionsCsvWriter;
import dev.fairness.engine.EvaluationResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The files every evaluation leaves in the output directory: fairness.json and predictions.csv. */
public final class ResultFiles {
    public static final String JSON = "fairness.json";
    public static final String PREDICTIONS = "predictions.csv";

    private ResultFiles() {
    }

    public static void write(EvaluationResult result, Path directory) {
        try {
            java.nio.file.Files.createDirectories(directory);
            PredictionsCsvWriter.write(result.predictions(), directory.resolve(PREDICTIONS));
            FairnessJson.write(result, directory.resolve(JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the results to " + directory + ": " + e.getMessage(), e);
        }
    }
}

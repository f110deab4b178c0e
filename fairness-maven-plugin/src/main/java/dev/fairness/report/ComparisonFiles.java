package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.compare.ComparisonResult;
import dev.fairness.compare.ModelRun;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.output.AtomicFile;
import dev.fairness.output.OutputFolder;
import dev.fairness.report.ci.ChangeCase;
import dev.fairness.report.ci.CiFiles;
import dev.fairness.report.ci.RuleCase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a comparison leaves: every model's own fairness.json and predictions.csv in its folder
 * ({@code models/<name>/}, {@code baseline/}), and in the output directory the first model's predictions.csv (when a model scored it) and a
 * fairness.json that adds the comparison's sections ({@link ComparisonJson}) to the first model's.
 */
public final class ComparisonFiles {

    private ComparisonFiles() {
    }

    /** Removes the previous results of every model's folder (see {@link ResultFiles#clearPrevious}). */
    public static void clearPrevious(List<Path> folders, List<Path> inputs) {
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                ResultFiles.clearPrevious(folder, inputs);
            }
        }
    }

    /** @throws dev.fairness.InputException when a file cannot be written (naming it) */
    public static void write(ComparisonResult result, Path directory) {
        ModelRun first = result.candidates().get(0);
        for (ModelRun run : result.runs()) {
            Path folder = run.spec().outputDirectory();
            if (!folder.equals(directory)) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw OutputFolder.cannotWrite(folder, e);
                }
                ResultFiles.write(run.result(), folder);
            }
        }
        if (ResultFiles.writesPredictions(first.result())) { // as a one-model run: not when read from a predictions file
            ResultFiles.writePredictions(first.result(), directory);
        }
        // the CI files of the build list every model's rules, then the change rules against the baseline
        Map<String, EvaluationResult> candidates = new LinkedHashMap<>();
        result.candidates().forEach(run -> candidates.put(run.name(), run.result()));
        CiFiles.write(first.result(), first.name(), RuleCase.ofModels(candidates), ChangeCase.of(result.changes()),
                directory);
        Path json = directory.resolve(ResultFiles.JSON);
        ObjectNode root = FairnessJson.toJson(first.result());
        ComparisonJson.add(root, result, directory);
        try {
            AtomicFile.write(json, out -> PrettyJson.write(root, out));
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(json, e);
        }
    }
}

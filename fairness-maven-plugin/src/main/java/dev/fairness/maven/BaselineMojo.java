package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.compare.ComparisonEvaluator;
import dev.fairness.compare.NamedModel;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.output.OutputFolder;
import dev.fairness.report.FairnessJson;
import dev.fairness.report.ProjectRelativePaths;
import dev.fairness.report.ResultFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the baseline a later build compares against ({@code <baseline>}): the model's predictions.csv and
 * fairness.json on the configured test set, in {@code baselineDirectory}. Run it on the shipped model (on the
 * default branch, or at a release), then commit the two files or keep them as a CI artifact. It does not gate: the
 * rules are evaluated and written, but a violation does not fail this goal.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractFairnessMojo {

    /** Where the baseline's predictions.csv and fairness.json are written. */
    @Parameter(property = "fairness.baselineDirectory", defaultValue = "${project.basedir}/src/test/fairness/baseline")
    File baselineDirectory;

    /** The project's folder: paths inside it are written relative to it in the baseline's fairness.json. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File projectDirectory;

    /** With {@code <models>}: the name of the model to keep as the baseline; the first model when absent. */
    @Parameter(property = "fairness.baselineModel")
    String baselineModel;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping fairness baseline because property fairness.skip is set.");
            return;
        }
        try {
            checkParameterNames();
            OutputDirectoryGuard.baselineDirectory(baselineDirectory, outputDirectory);
            Path folder = baselineDirectory.toPath().toAbsolutePath().normalize();
            EvaluationSpec spec = modelSpec(spec(), ModelsReader.read(configuration()));
            EvaluationResult result = evaluator().evaluate(spec);
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw OutputFolder.cannotWrite(folder, e);
            }
            // the two files a later build reads, and no CI files: a baseline is an input, not a run's result
            ResultFiles.writePredictions(result, folder);
            Path json = folder.resolve(ResultFiles.JSON);
            try {
                FairnessJson.write(result, json, new ProjectRelativePaths(projectDirectory.toPath()));
            } catch (IOException e) {
                throw OutputFolder.cannotWrite(json, e);
            }
            getLog().info("Baseline written to " + folder + ": " + ResultFiles.PREDICTIONS + " (" + result.predictions()
                    .size() + " rows) and " + ResultFiles.JSON + ". Keep both (commit them, or store them as a CI "
                    + "artifact) and point <baseline><predictions> (and <fairnessJson>) at them.");
        } catch (InputException e) {
            throw userError(e);
        }
    }

    /** The spec of the one model, or of the model of {@code <models>} that {@code baselineModel} names. */
    private EvaluationSpec modelSpec(EvaluationSpec spec, List<NamedModel> models) {
        if (models.isEmpty()) {
            if (baselineModel != null && !baselineModel.isBlank()) {
                throw new InputException("<baselineModel>" + baselineModel + "</baselineModel> names a model of "
                        + "<models>, but <models> is not set. Remove it to keep the one <model> or <predictions>.");
            }
            return spec;
        }
        if (baselineModel == null || baselineModel.isBlank()) {
            return ComparisonEvaluator.specOf(spec, models.get(0));
        }
        for (NamedModel m : models) {
            if (m.name().equals(baselineModel.trim())) {
                return ComparisonEvaluator.specOf(spec, m);
            }
        }
        throw new InputException("<baselineModel>" + baselineModel.trim() + "</baselineModel> is not a model of "
                + "<models>. Models: " + String.join(", ", models.stream().map(NamedModel::name).toList()) + ".");
    }
}

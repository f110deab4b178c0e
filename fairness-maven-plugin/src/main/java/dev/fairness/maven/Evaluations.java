package dev.fairness.maven;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.PhaseTimer;
import dev.fairness.metrics.Parallel;
import dev.fairness.report.ReportSource;
import dev.fairness.report.ResultFiles;
import dev.fairness.report.ci.CiFiles;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;


/**
 * Runs one evaluation for a goal: writes fairness.json, predictions.csv and the CI files to the output directory
 * (appending the summary to GitHub's step summary when {@code GITHUB_STEP_SUMMARY} is set) and leaves the
 * evaluation for the later goals of the build ({@link SharedEvaluation}).
 */
final class Evaluations {
    private Evaluations() {
    }

    /**
     * Removes the previous run's results from the goal's output directory (see {@link ResultFiles#clearPrevious}),
     * keeping any that the goal reads as input, and the folders of models this run does not evaluate
     * ({@link StaleModelFolders}).
     */
    static void clearPreviousResults(AbstractFairnessMojo goal) {
        Configuration c = goal.configuration();
        ResultFiles.clearPrevious(c.outputDirectory.toPath(), InputsReader.files(c));
        for (Path folder : StaleModelFolders.remove(c)) {
            goal.getLog().info("Removed " + folder + ": an earlier comparison's folder that this run does not write.");
        }
    }

    static ReportSource evaluate(Evaluator evaluator, EvaluationSpec spec, MavenProject project) {
        EvaluationResult result = evaluator.evaluate(spec);
        return PhaseTimer.time(evaluator.log(), "result files (fairness.json, CI files)",
                () -> publish(result, spec, project, json -> { }));
    }

    /** A published evaluation and where its report was written. */
    record Published(ReportSource source, Path report) {
    }

    /**
     * Publishes the result (see {@link #publish(EvaluationResult, EvaluationSpec, MavenProject, Consumer)}) while
     * {@code report} writes its report: the two read the same finished result and write different files, so they
     * run at once on two threads. A failure of the result files is reported first, as when they were written before
     * the report.
     */
    static Published publish(EvaluationLog log, EvaluationResult result, EvaluationSpec spec, MavenProject project,
                             Consumer<ObjectNode> addition, Function<ReportSource, Path> report) {
        ReportSource source = new ReportSource(result, project.getName());
        List<Object> done = Parallel.map(2, 2, k -> k == 0
                ? PhaseTimer.time(log, "result files (fairness.json, CI files)",
                        () -> publish(result, spec, project, addition))
                : report.apply(source));
        return new Published((ReportSource) done.get(0), (Path) done.get(1));
    }

    /** Writes the result files (with what {@code addition} adds to fairness.json) and shares the evaluation. */
    static ReportSource publish(EvaluationResult result, EvaluationSpec spec, MavenProject project,
                                Consumer<ObjectNode> addition) {
        ResultFiles.write(result, spec.outputDirectory(), addition);
        Path stepSummary = GitHubStepSummary.file(System.getenv());
        if (stepSummary != null) {
            CiFiles.appendStepSummary(spec.outputDirectory(), stepSummary);
        }
        ReportSource source = new ReportSource(result, project.getName());
        SharedEvaluation.publish(project, spec, source);
        return source;
    }
}

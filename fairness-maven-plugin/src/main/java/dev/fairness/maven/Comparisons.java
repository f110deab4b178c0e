package dev.fairness.maven;

import dev.fairness.compare.ComparisonEvaluator;
import dev.fairness.compare.ComparisonResult;
import dev.fairness.compare.ComparisonSpec;
import dev.fairness.compare.ModelRun;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.Parallel;
import dev.fairness.report.ComparisonFiles;
import dev.fairness.report.ComparisonLog;
import dev.fairness.report.ReportSource;
import dev.fairness.report.ci.CiFiles;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A build with {@code <models>} or a {@code <baseline>}: evaluates every model and the comparison
 * ({@link ComparisonEvaluator}), writes every model's files and the combined fairness.json, logs each model's
 * table and rules, the comparison view and the change rules, and gives the verdict over all of them.
 */
final class Comparisons {
    private Comparisons() {
    }

    /** Evaluates and writes the files; the report is shared with the later goals of the build. */
    static ReportSource evaluate(AbstractFairnessMojo goal, EvaluationSpec spec, ComparisonSpec comparison,
                                 MavenProject project) {
        Path out = spec.outputDirectory();
        List<Path> folders = new ArrayList<>();
        comparison.models().forEach(m -> folders.add(out.resolve(ComparisonEvaluator.MODELS_FOLDER).resolve(m.name())));
        folders.add(out.resolve(dev.fairness.compare.Baseline.NAME));
        ComparisonFiles.clearPrevious(folders, InputsReader.files(goal.configuration()));
        ComparisonResult result = new ComparisonEvaluator(goal.evaluator(), new MavenEvaluationLog(goal.getLog()),
                Parallel.defaultThreads()).evaluate(spec, comparison);
        ComparisonFiles.write(result, out);
        Path stepSummary = GitHubStepSummary.file(System.getenv());
        if (stepSummary != null) {
            CiFiles.appendStepSummary(out, stepSummary);
        }
        ReportSource source = new ReportSource(result.candidates().get(0).result(), project.getName(), result);
        SharedEvaluation.publish(project, spec, comparison, source);
        return source;
    }

    /** Logs every model's rules, the comparison and the change rules, then fails the build on a violation. */
    static void verdict(ComparisonResult result, Log log, boolean failOnViolation) throws MojoFailureException {
        VerdictLog verdict = new VerdictLog(log);
        boolean several = result.candidates().size() > 1;
        for (ModelRun run : result.candidates()) {
            if (several) {
                log.info("Model '" + run.name() + "':");
            }
            verdict.model(run.result(), several ? "Model '" + run.name() + "': " : "");
        }
        ComparisonLog.lines(result).forEach(log::info);
        result.changes().forEach(verdict::change);
        boolean undetermined = result.changes().stream().anyMatch(c -> c.status() == RuleStatus.UNDETERMINED)
                || result.candidates().stream().anyMatch(r -> r.result().verdict().undeterminedCount() > 0);
        verdict.end(result.passed(), !undetermined,
                () -> "No rule is violated, but not every rule could be evaluated: see the warnings above.",
                failOnViolation);
    }
}

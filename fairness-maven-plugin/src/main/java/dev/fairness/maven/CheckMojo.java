package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.compare.ComparisonSpec;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.gate.VerdictLine;
import dev.fairness.engine.PhaseTimer;
import dev.fairness.report.HtmlReport;
import dev.fairness.report.HtmlReportFile;
import dev.fairness.report.ReportSource;
import dev.fairness.report.ResultFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Evaluates the model per subgroup in the {@code verify} phase and fails the build when a fairness rule is
 * violated. The evaluation itself is the engine's; this class reads the pom, logs and throws.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractFairnessMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping fairness check because property fairness.skip is set.");
            return;
        }
        if (ShardReader.isSet(configuration())) {
            ShardJob.score(this); // a part of the test set: scores only, judged by fairness:merge
            return;
        }
        EvaluationResult result;
        Path report;
        try {
            // before anything can fail: no earlier run's result may pass for this run's
            Evaluations.clearPreviousResults(this);
            checkParameterNames();
            ComparisonSpec comparison = SpecReader.comparison(configuration());
            if (comparison.isActive()) { // several models, or a baseline: its own log and verdict
                ReportSource compared = Comparisons.evaluate(this, spec(), comparison, project);
                getLog().info("Results written to " + outputDirectory.toPath().resolve(ResultFiles.JSON) + "; report in "
                        + writeReport(compared) + ".");
                Comparisons.verdict(compared.comparison(), getLog(), failOnViolation);
                return;
            }
            Evaluations.Published published = evaluate();
            result = published.source().result();
            report = published.report();
        } catch (InputException e) {
            throw userError(e);
        }
        getLog().info("Results written to " + outputDirectory.toPath().resolve(ResultFiles.JSON)
                + (ResultFiles.writesPredictions(result) ? " and " + ResultFiles.PREDICTIONS
                        : " (no " + ResultFiles.PREDICTIONS + ": the scores are those of " + result.data().source() + ")")
                + "; report in " + report + ".");
        verdict(result);
    }

    /**
     * The evaluation this goal judges: the model on the test set ({@link MergeMojo}: the merged shards), published,
     * its report written while its result files are.
     */
    Evaluations.Published evaluate() {
        Evaluator evaluator = evaluator();
        EvaluationSpec spec = spec();
        return Evaluations.publish(evaluator.log(), evaluator.evaluate(spec), spec, project, json -> { },
                this::writeReport);
    }

    /**
     * The standalone report, written before the verdict so that a failing build leaves it too (for CI to keep as
     * an artifact). English; {@code fairness:report -Dfairness.locale=...} writes another language.
     */
    Path writeReport(ReportSource source) {
        return PhaseTimer.time(new MavenEvaluationLog(getLog()), "report.html",
                () -> HtmlReportFile.write(HtmlReport.render(source, Locale.ENGLISH), outputDirectory.toPath()));
    }

    private void verdict(EvaluationResult result) throws MojoFailureException {
        VerdictLog verdict = new VerdictLog(getLog());
        verdict.model(result, "");
        verdict.end(result.verdict().passed(), result.verdict().allMet(),
                () -> VerdictLine.withoutViolations(result.verdict()), failOnViolation);
    }
}

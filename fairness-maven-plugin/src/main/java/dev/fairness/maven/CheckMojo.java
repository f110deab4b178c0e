package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;
import dev.fairness.report.LogTable;
import dev.fairness.report.ResultFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Evaluates the model per subgroup in the {@code verify} phase and fails the build when a fairness rule is
 * violated. The evaluation itself is the engine's; this class reads the pom, logs and throws.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractFairnessMojo {
    static final String FAILURE = "Fairness checks have not been met. See log for details.";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping fairness check because property fairness.skip is set.");
            return;
        }
        EvaluationResult result;
        try {
            result = evaluator().evaluate(spec());
            ResultFiles.write(result, outputDirectory.toPath());
        } catch (InputException e) {
            throw userError(e);
        }
        getLog().info("Results written to " + outputDirectory.toPath().resolve(ResultFiles.JSON) + " and "
                + ResultFiles.PREDICTIONS + ".");
        verdict(result);
    }

    private void verdict(EvaluationResult result) throws MojoFailureException {
        for (RuleResult r : result.verdict().results()) {
            r.warnings().forEach(getLog()::warn);
        }
        LogTable.lines(result).forEach(getLog()::info);
        for (RuleResult r : result.verdict().results()) {
            if (r.isViolated()) {
                getLog().warn(RuleMessages.violation(r));
            } else {
                getLog().info(RuleMessages.outcome(r));
            }
        }
        if (result.verdict().results().isEmpty()) {
            getLog().warn("No fairness rules are configured: nothing was checked. Add <rules> to gate the build.");
        } else if (result.verdict().passed()) {
            getLog().info("All fairness checks have been met.");
        } else if (failOnViolation) {
            throw new MojoFailureException(FAILURE);
        } else {
            getLog().warn(FAILURE + " The build goes on because fairness.failOnViolation is false.");
        }
    }
}

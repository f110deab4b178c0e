package dev.fairness.maven;

import dev.fairness.compare.ChangeResult;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.gate.FailureMessage;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;
import dev.fairness.gate.VerdictLine;
import dev.fairness.report.LogTable;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The end of a check's log, for one model and for a comparison alike: each model's rule warnings, table and one
 * line per rule, the change rules' lines, then the verdict line or the build failure, which lists every violated
 * rule (so that {@code mvn -q} and CI logs show them).
 */
final class VerdictLog {
    private final Log log;
    private final List<String> violations = new ArrayList<>();
    private int rules;

    VerdictLog(Log log) {
        this.log = log;
    }

    /**
     * One model's rule warnings, per-group table and rule lines.
     *
     * @param prefix put before each rule's lines to name the model ({@code Model 'probe': }), or empty
     */
    void model(EvaluationResult result, String prefix) {
        for (RuleResult r : result.verdict().results()) {
            r.warnings().forEach(w -> log.warn(prefix + w));
        }
        LogTable.lines(result).forEach(log::info);
        for (RuleResult r : result.verdict().results()) {
            rules++;
            if (r.isViolated()) {
                violations.add(prefix + RuleMessages.violation(r));
                log.warn(prefix + RuleMessages.violation(r));
            } else {
                log.info(prefix + RuleMessages.outcome(r));
            }
        }
    }

    /** A change rule's line: information when it held, a warning otherwise. */
    void change(ChangeResult change) {
        rules++;
        if (change.status() == RuleStatus.PASSED) {
            log.info(change.message());
        } else {
            log.warn(change.message());
            if (change.isViolated()) {
                violations.add(change.message());
            }
        }
    }

    /**
     * The verdict's last line, or the build failure.
     *
     * @param passed whether the build passes (no violation, and no undetermined rule whose policy fails it)
     * @param allMet whether every rule was evaluated and met
     * @param partial the line for a build that passes with rules that could not be evaluated
     * @throws MojoFailureException when the build does not pass and {@code failOnViolation} is set
     */
    void end(boolean passed, boolean allMet, Supplier<String> partial, boolean failOnViolation)
            throws MojoFailureException {
        if (rules == 0) {
            log.warn("No fairness rules are configured: nothing was checked. Add <rules> to gate the build.");
        } else if (passed && allMet) {
            log.info(VerdictLine.ALL_MET);
        } else if (passed) {
            // rules that could not be evaluated let the build pass under onMissing=warn/ignore, never as "met"
            log.warn(partial.get());
        } else if (failOnViolation) {
            throw new MojoFailureException(FailureMessage.of(violations));
        } else {
            log.warn(FailureMessage.FIRST_LINE + " The build goes on because fairness.failOnViolation is false.");
        }
    }
}

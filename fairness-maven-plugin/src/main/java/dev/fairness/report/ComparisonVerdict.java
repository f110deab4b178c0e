package dev.fairness.report;

import dev.fairness.compare.ChangeResult;
import dev.fairness.compare.ComparisonResult;
import dev.fairness.compare.ModelRun;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The banner's verdict for a build that compares models (several models, or a candidate against a baseline): it
 * fails as the build does, when any model violates a rule or a change rule is violated, not only when the first
 * model does; and it counts every model's rules and the change rules.
 */
final class ComparisonVerdict {
    private ComparisonVerdict() {
    }

    /** {@code passed}, {@code failed}, {@code undetermined} or {@code none}, as {@link VerdictBanner#state}. */
    static String state(ComparisonResult comparison) {
        if (!comparison.passed()) {
            return "failed";
        }
        long rules = comparison.changes().size() + comparison.candidates().stream()
                .mapToLong(r -> r.result().verdict().results().size()).sum();
        if (rules == 0) {
            return "none";
        }
        return undetermined(comparison) > 0 ? "undetermined" : "passed";
    }

    /** The rules and change rules that could not be evaluated, over every model. */
    static long undetermined(ComparisonResult comparison) {
        return comparison.changes().stream().filter(c -> c.status() == RuleStatus.UNDETERMINED).count()
                + comparison.candidates().stream().mapToLong(r -> r.result().verdict().undeterminedCount()).sum();
    }

    /** The counts after the first model's: every further model's, then the change rules'. */
    static List<String> counts(ComparisonResult comparison, ReportMessages m) {
        List<String> lines = new ArrayList<>();
        List<ModelRun> runs = comparison.candidates();
        for (int i = 1; i < runs.size(); i++) {
            lines.add(m.get("verdict.model", runs.get(i).name(), VerdictBanner.counts(runs.get(i).result().verdict(), m)));
        }
        List<ChangeResult> changes = comparison.changes();
        if (!changes.isEmpty()) {
            lines.add(m.get("verdict.changes", count(changes, RuleStatus.PASSED), changes.size(),
                    count(changes, RuleStatus.VIOLATED), count(changes, RuleStatus.UNDETERMINED)));
        }
        return lines;
    }

    /** The violations after the first model's: every further model's violated rules, then the violated change rules. */
    static List<String> violations(ComparisonResult comparison, ReportMessages m) {
        List<String> lines = new ArrayList<>();
        List<ModelRun> runs = comparison.candidates();
        for (int i = 1; i < runs.size(); i++) {
            for (RuleResult r : runs.get(i).result().verdict().results()) {
                if (r.isViolated()) {
                    lines.add(m.get("verdict.model", runs.get(i).name(), RuleMessages.violation(r)));
                }
            }
        }
        for (ChangeResult c : comparison.changes()) {
            if (c.isViolated()) {
                lines.add(ChangeRulesTable.sentence(m, c));
            }
        }
        return lines;
    }

    private static long count(List<ChangeResult> changes, RuleStatus status) {
        return changes.stream().filter(c -> c.status() == status).count();
    }
}

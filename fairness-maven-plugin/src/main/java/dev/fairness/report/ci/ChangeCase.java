package dev.fairness.report.ci;

import dev.fairness.compare.ChangeMessages;
import dev.fairness.compare.ChangeResult;
import dev.fairness.compare.ChangeRule;
import dev.fairness.gate.RuleStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * One change rule judged for one model and label against the baseline, as a CI system shows it: a test case after
 * the absolute rules' ones. Every CI file lists the same change cases in the same order, so change {@code n} is the
 * same in the JUnit XML, the summary and the metrics.
 *
 * @param number the change case's position, from 1
 */
public record ChangeCase(int number, ChangeResult result) {

    /** The change results of a comparison, numbered in their order (the order of the log and fairness.json). */
    public static List<ChangeCase> of(List<ChangeResult> changes) {
        List<ChangeCase> cases = new ArrayList<>();
        for (ChangeResult c : changes) {
            cases.add(new ChangeCase(cases.size() + 1, c));
        }
        return List.copyOf(cases);
    }

    public ChangeRule rule() {
        return result.rule();
    }

    public RuleStatus status() {
        return result.status();
    }

    /** {@code TPR difference by sex}, {@code AUC of each group by sex}, {@code AUC overall}. */
    public String subject() {
        ChangeRule rule = rule();
        String reference = rule.reference() == null ? "" : " (reference " + rule.reference() + ")";
        return switch (rule.scope()) {
            case GAP -> ChangeMessages.valueName(rule) + reference + " by " + rule.grouping();
            case GROUP -> ChangeMessages.valueName(rule) + " of each group by " + rule.grouping();
            case OVERALL -> ChangeMessages.valueName(rule) + " overall";
        };
    }

    /** {@code increase ≤ 0.020}: the allowed change as written. */
    public String allowed() {
        return direction() + " ≤ " + CiNumbers.limit(rule().limit());
    }

    /** {@code increase} or {@code decrease}: the direction the rule limits. */
    public String direction() {
        return rule().limitsIncrease() ? "increase" : "decrease";
    }

    /** {@code TPR difference by sex for Effusion, increase ≤ 0.020 against the baseline}: the test case's name. */
    public String title() {
        return subject() + " for " + result.label() + ", " + allowed() + " against the baseline";
    }

    /** What the rule compares: {@code gap}, {@code group} or {@code overall}. */
    String compares() {
        return rule().scope().id();
    }
}

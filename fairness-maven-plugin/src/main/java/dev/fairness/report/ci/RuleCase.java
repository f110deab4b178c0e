package dev.fairness.report.ci;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule result as a CI system shows it: a test case of a model. Every CI file lists the same cases in the same
 * order, so rule {@code n} is the same rule in the JUnit XML, the summary and the metrics.
 *
 * @param model  the model the rule was evaluated for ({@link #modelName}); one per evaluation today
 * @param number the rule's position in the verdict, from 1
 */
public record RuleCase(String model, int number, RuleResult result) {

    /** Every rule result of an evaluation, in the verdict's order, for its one model. */
    public static List<RuleCase> of(EvaluationResult evaluation) {
        String model = modelName(evaluation);
        List<RuleCase> cases = new ArrayList<>();
        for (RuleResult r : evaluation.verdict().results()) {
            cases.add(new RuleCase(model, cases.size() + 1, r));
        }
        return List.copyOf(cases);
    }

    /** The rule results of several named models, numbered on across them, in the order given. */
    public static List<RuleCase> ofModels(java.util.Map<String, EvaluationResult> evaluations) {
        List<RuleCase> cases = new ArrayList<>();
        evaluations.forEach((model, evaluation) -> {
            for (RuleResult r : evaluation.verdict().results()) {
                cases.add(new RuleCase(model, cases.size() + 1, r));
            }
        });
        return List.copyOf(cases);
    }

    /**
     * The name CI reports give the evaluated model: the model's file name, or the predictions file's when the scores
     * were read from one.
     */
    public static String modelName(EvaluationResult evaluation) {
        if (evaluation.model() != null && evaluation.model().info() != null) {
            return String.valueOf(evaluation.model().info().file().getFileName());
        }
        String source = evaluation.data().source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    public Rule rule() {
        return result.rule();
    }

    public RuleStatus status() {
        return result.status();
    }

    /** {@code TPR difference by sex for Effusion ≤ 0.100}: the test case's name. */
    public String title() {
        Rule rule = rule();
        return rule.measureName() + (rule.reference() == null ? "" : " (reference " + rule.reference() + ")")
                + " by " + rule.grouping() + " for " + result.label() + " " + limit();
    }

    /** {@code ≤ 0.100} or {@code ≥ 0.800}, the limit as written. */
    public String limit() {
        return (rule().isMaximum() ? "≤ " : "≥ ") + CiNumbers.limit(rule().limit());
    }
}

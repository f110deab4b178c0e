package dev.fairness.compare;

import java.util.List;
import java.util.Objects;

/**
 * What a build compares, beside the one-model {@link dev.fairness.engine.EvaluationSpec}: several named models on
 * the same test set, which rules apply to which model, and a baseline with its change rules. {@link #NONE} is the
 * one-model build.
 *
 * @param models      the named models, in the order the reports list them; empty: the spec's one model
 * @param ruleModels  for each rule of the spec (same order), the models it applies to; empty: every model
 * @param baseline    the shipped model's predictions, or null
 * @param changeRules the rules on the change against the baseline
 */
public record ComparisonSpec(List<NamedModel> models, List<List<String>> ruleModels, Baseline baseline,
                             List<ChangeRule> changeRules) {
    public static final ComparisonSpec NONE = new ComparisonSpec(List.of(), List.of(), null, List.of());

    public ComparisonSpec {
        models = List.copyOf(models);
        ruleModels = ruleModels.stream().map(List::copyOf).toList();
        changeRules = List.copyOf(changeRules);
        if (!changeRules.isEmpty() && baseline == null) {
            throw new IllegalArgumentException("change rules need a baseline");
        }
    }

    /** True when the build evaluates more than the spec's one model against absolute rules alone. */
    public boolean isActive() {
        return !models.isEmpty() || baseline != null;
    }

    /** The models this rule (by its index in the spec's rules) applies to; empty: every model. */
    public List<String> modelsOfRule(int rule) {
        return rule < ruleModels.size() ? ruleModels.get(rule) : List.of();
    }

    public ComparisonSpec withBaseline(Baseline value, List<ChangeRule> rules) {
        return new ComparisonSpec(models, ruleModels, Objects.requireNonNull(value, "baseline"), rules);
    }
}

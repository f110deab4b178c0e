package dev.fairness.gate;

import dev.fairness.metrics.Gap;

import java.util.List;

/**
 * One rule evaluated for one label: the gap (with the groups that produced it), the status, the groups left
 * out and the warning lines the rule produced.
 */
public record RuleResult(Rule rule, String label, Gap gap, RuleStatus status,
                         List<ExcludedGroup> excluded, List<String> warnings) {

    public RuleResult {
        excluded = List.copyOf(excluded);
        warnings = List.copyOf(warnings);
    }

    public boolean isViolated() {
        return status == RuleStatus.VIOLATED;
    }
}

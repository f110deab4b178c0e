package dev.fairness.gate;

import java.util.List;

/** Every rule result of one evaluation; the gate passes when no rule is violated. */
public record Verdict(List<RuleResult> results) {

    public Verdict {
        results = List.copyOf(results);
    }

    public boolean passed() {
        return violatedCount() == 0;
    }

    public long violatedCount() {
        return results.stream().filter(RuleResult::isViolated).count();
    }

    public long passedCount() {
        return results.stream().filter(r -> r.status() == RuleStatus.PASSED).count();
    }

    public long undeterminedCount() {
        return results.stream().filter(r -> r.status() == RuleStatus.UNDETERMINED).count();
    }
}

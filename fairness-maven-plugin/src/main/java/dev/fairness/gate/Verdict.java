package dev.fairness.gate;

import java.util.List;
import java.util.TreeSet;

/**
 * Every rule result of one evaluation. Two different questions: whether the gate {@link #passed() passed} (no rule
 * violated: the build goes on, possibly with warnings) and whether {@link #allMet() every rule was met}. A rule that
 * could not be evaluated lets the gate pass under {@code onMissing=warn} or {@code ignore}, but it is never met.
 */
public record Verdict(List<RuleResult> results) {

    public Verdict {
        results = List.copyOf(results);
    }

    /** The gate's outcome: no rule is violated (the build passes, possibly with warnings). */
    public boolean passed() {
        return violatedCount() == 0;
    }

    /** There are rules, and every one of them was evaluated and met. */
    public boolean allMet() {
        return !results.isEmpty() && passedCount() == results.size();
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

    /** The {@code onMissing} policies of the undetermined rules, e.g. {@code [warn]} or {@code [ignore, warn]}. */
    public List<String> undeterminedPolicies() {
        TreeSet<String> policies = new TreeSet<>();
        for (RuleResult r : results) {
            if (r.status() == RuleStatus.UNDETERMINED) {
                policies.add(r.rule().onMissing().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return List.copyOf(policies);
    }
}

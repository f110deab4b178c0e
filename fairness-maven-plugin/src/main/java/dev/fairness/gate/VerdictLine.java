package dev.fairness.gate;

/**
 * The last line of the build's verdict when no rule was violated: {@code All fairness checks have been met.} only
 * when every rule was evaluated and met; otherwise how many were met and how many could not be evaluated, and why
 * the build still passes. (A violation ends the build with its own message.)
 */
public final class VerdictLine {
    public static final String ALL_MET = "All fairness checks have been met.";

    private VerdictLine() {
    }

    /**
     * {@code Fairness checks: 0 of 1 rule met, 1 could not be evaluated (onMissing=warn). The build passes; set
     * <onMissing>fail</onMissing> to fail it instead.}
     *
     * @param verdict a verdict with rules and without violations
     */
    public static String withoutViolations(Verdict verdict) {
        if (verdict.allMet()) {
            return ALL_MET;
        }
        String policies = String.join(", ", verdict.undeterminedPolicies().stream()
                .map(p -> "onMissing=" + p).toList());
        int rules = verdict.results().size();
        return "Fairness checks: " + verdict.passedCount() + " of " + rules + (rules == 1 ? " rule" : " rules") + " met, "
                + verdict.undeterminedCount() + " could not be evaluated (" + policies + "). The build passes; set "
                + "<onMissing>fail</onMissing> to fail it instead.";
    }
}

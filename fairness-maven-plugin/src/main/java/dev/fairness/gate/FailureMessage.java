package dev.fairness.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * The message a failing gate ends the build with: the first line as always ({@value #FIRST_LINE}), then the log line
 * of every violated rule, so that {@code mvn -q} and every CI log, which show the build's error and little else,
 * say what failed.
 */
public final class FailureMessage {
    public static final String FIRST_LINE = "Fairness checks have not been met. See log for details.";

    private FailureMessage() {
    }

    /** The first line, then one line per violated rule ({@link RuleMessages#violation}), joined by line breaks. */
    public static String of(Verdict verdict) {
        List<String> violations = new ArrayList<>();
        for (RuleResult r : verdict.results()) {
            if (r.isViolated()) {
                violations.add(RuleMessages.violation(r));
            }
        }
        return of(violations);
    }

    /** The first line, then the given lines of violated rules (a comparison's: every model's and the change rules'). */
    public static String of(List<String> violations) {
        List<String> lines = new ArrayList<>();
        lines.add(FIRST_LINE);
        lines.addAll(violations);
        return String.join(System.lineSeparator(), lines);
    }
}

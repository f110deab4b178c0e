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
        List<String> lines = new ArrayList<>();
        lines.add(FIRST_LINE);
        for (RuleResult r : verdict.results()) {
            if (r.isViolated()) {
                lines.add(RuleMessages.violation(r));
            }
        }
        return String.join(System.lineSeparator(), lines);
    }
}

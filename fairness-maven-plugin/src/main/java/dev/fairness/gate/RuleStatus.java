package dev.fairness.gate;

import java.util.Locale;

/** The outcome of one rule for one label. */
public enum RuleStatus {
    PASSED,
    VIOLATED,
    /** The gap could not be computed and the policy said to warn or ignore rather than fail. */
    UNDETERMINED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.fairness.gate;

import dev.fairness.EnumIds;

import java.util.Locale;

/**
 * What a rule does with missing evidence: a group below the minimum size or whose metric is undefined, and a
 * gap that cannot be computed at all. {@link #WARN}, the default, measures the remaining groups and says what
 * it left out in a warning line; it never turns missing evidence into a silent pass.
 */
public enum MissingPolicy {
    /** Missing evidence violates the rule. */
    FAIL,
    /** Missing evidence is left out with a warning line; an incomputable rule is undetermined (a warning). */
    WARN,
    /** Missing evidence is left out and listed in fairness.json and the report only. */
    IGNORE;

    public static MissingPolicy parse(String text) {
        return EnumIds.parse(MissingPolicy.class, MissingPolicy::id, text, WARN,
                value -> "Unknown <onMissing> value '" + value + "'. Use fail, warn or ignore.");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

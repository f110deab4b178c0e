package dev.fairness.compare;

import dev.fairness.EnumIds;

/** What a change rule compares between the baseline and a candidate. */
public enum ChangeScope {
    /** A gap over the attribute's groups (difference, ratio, toOverall, toReference, worst). */
    GAP("gap"),
    /** Every group's own value: the rule holds when it holds for each group. */
    GROUP("group"),
    /** The overall value of the label. */
    OVERALL("overall");

    private final String id;

    ChangeScope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Finds a scope by its pom name, ignoring case; null when unknown. */
    public static ChangeScope fromId(String text) {
        return EnumIds.find(ChangeScope.class, ChangeScope::id, text);
    }
}

package dev.fairness.gate;

import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The minimum class count each value is held to, for marking the values that rest on fewer cases ({@link
 * ClassCounts}): the plugin's {@code <minClassCount>}, or a rule's own where it sets a larger one for its label,
 * grouping and metric. The larger wins, so a value is never shown as certain where the plugin or a rule on it says
 * it rests on too few cases.
 */
public final class ClassCountMinimums {
    private final int plugin;
    private final List<RuleResult> ownMinimum;

    private ClassCountMinimums(int plugin, List<RuleResult> ownMinimum) {
        this.plugin = plugin;
        this.ownMinimum = ownMinimum;
    }

    /**
     * @param plugin  the plugin's minimum class count (0: none)
     * @param verdict the rules as evaluated, per label
     */
    public static ClassCountMinimums of(int plugin, Verdict verdict) {
        List<RuleResult> own = new ArrayList<>();
        for (RuleResult r : verdict.results()) {
            if (r.rule().minClassCount() != null && r.rule().minClassCount() > plugin) {
                own.add(r);
            }
        }
        return new ClassCountMinimums(plugin, own);
    }

    /** The plugin's minimum: what values of all rows (no grouping) are held to. */
    public int plugin() {
        return plugin;
    }

    /** The minimum one metric of one label and grouping is held to. */
    public int of(String label, String grouping, Metric metric) {
        int minimum = plugin;
        for (RuleResult r : ownMinimum) {
            Rule rule = r.rule();
            if (r.label().equals(label) && rule.grouping().equals(grouping)
                    && rule.measure().components().contains(metric)) {
                minimum = Math.max(minimum, rule.minClassCount());
            }
        }
        return minimum;
    }

    /** {@code 20 for the fpr/age rule}, once per rule that sets a larger minimum of its own; empty when none does. */
    public List<String> overrides() {
        Set<String> described = new LinkedHashSet<>();
        for (RuleResult r : ownMinimum) {
            described.add(r.rule().minClassCount() + " for the " + r.rule().describe() + " rule");
        }
        return List.copyOf(described);
    }
}

package dev.fairness.maven;

import java.util.List;

/**
 * One {@code <rule>} of the pom, as Maven injects it. Read and checked into the engine's
 * {@code dev.fairness.gate.Rule} by {@link RulesReader}; this class only carries the configuration.
 */
public class RuleConfiguration {
    /** A metric ({@code auc}, {@code tpr}, ...) or a compound rule ({@code equalizedOdds}, ...). */
    String metric;
    /** An attribute ({@code sex}) or an intersection ({@code sex×age}). */
    String attribute;
    /** One label; every label when absent. */
    String label;
    /** {@code difference} (default), {@code ratio}, {@code toOverall}, {@code toReference}, {@code worst}. */
    String gap;
    /** The reference group for {@code toReference}. */
    String reference;
    Double maximum;
    Double minimum;
    /** What a group that is too small or where the metric is undefined does: {@code fail}, {@code warn}, {@code ignore}. */
    String onMissing;
    /**
     * What is compared with the limit: {@code point} (default) the value; {@code significant} the interval, failing
     * only when all of it lies beyond the limit; {@code certain} the interval, passing only when all of it lies within.
     */
    String gateOn;
    /** This rule's own minimum class count, overriding the plugin's {@code <minClassCount>}; 0 requires nothing. */
    Integer minClassCount;
    /** The models of {@code <models>} the rule applies to; every model when absent. */
    List<String> models;
    /** A change rule against {@code <baseline>}: the largest allowed increase of the value (instead of a limit). */
    Double maxIncrease;
    /** A change rule against {@code <baseline>}: the largest allowed decrease of the value. */
    Double maxDecrease;
    /**
     * What a change rule compares: a gap ({@code difference}, the default, or another {@code <gap>} method),
     * {@code group} (every group's value) or {@code overall} (the label's overall value).
     */
    String measure;

    /** True for a rule on the change against the baseline rather than an absolute limit. */
    boolean isChangeRule() {
        return maxIncrease != null || maxDecrease != null;
    }
}

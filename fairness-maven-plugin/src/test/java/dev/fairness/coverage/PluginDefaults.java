package dev.fairness.coverage;

import dev.fairness.gate.ClassCounts;
import dev.fairness.gate.Gate;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Metric;

/**
 * The defaults the plugin applies when a project configures nothing: groups below {@code <minGroupSize>} (30) or
 * with fewer than {@code <minClassCount>} (10) cases of the class a metric rests on are left out of rules on it
 * and show no interval. The suite measures the plugin as it runs, so it applies them too; {@code
 * PluginDefaultsTest} checks them against the plugin descriptor.
 */
final class PluginDefaults {
    static final int MIN_GROUP_SIZE = 30;
    static final int MIN_CLASS_COUNT = ClassCounts.DEFAULT_MINIMUM;

    private PluginDefaults() {
    }

    static Gate gate() {
        return new Gate(MIN_GROUP_SIZE, MIN_CLASS_COUNT);
    }

    /** Whether the plugin would show the metric's interval for this group and keep it in rules on the metric. */
    static boolean keeps(Metric metric, GroupMetrics group) {
        return group.n() >= MIN_GROUP_SIZE && ClassCounts.shortfall(metric, group, MIN_CLASS_COUNT) == null;
    }
}

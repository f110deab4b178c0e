package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.gate.ExcludedGroup;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.MetricValue;

import java.util.List;

/**
 * How fairness.json writes a value: {@code {"value": x}} or {@code {"value": null, "undefined": "reason"}} (undefined
 * is never 0), with its interval; the two groups behind a gap; the groups a gap left out.
 */
final class JsonValues {
    private JsonValues() {
    }

    static void number(ObjectNode node, String name, double v) {
        if (Double.isNaN(v)) {
            node.putNull(name);
        } else {
            node.put(name, v);
        }
    }

    static void value(ObjectNode node, MetricValue v, Interval interval) {
        if (v.isDefined()) {
            node.put("value", v.value());
        } else {
            node.putNull("value");
            node.put("undefined", v.undefinedReason());
        }
        if (interval == null) {
            return;
        }
        if (interval.isDefined()) {
            node.putObject("ci").put("lower", interval.lower()).put("upper", interval.upper());
        } else {
            node.putNull("ci");
        }
        if (!interval.isComplete()) {
            node.put("undefinedReplicates", interval.undefinedReplicates());
            node.put("undefinedReplicatesReason", interval.undefinedReason());
        }
    }

    static void groupsOf(ObjectNode node, Gap gap) {
        if (gap.highGroup() != null) {
            node.putObject("high").put("group", gap.highGroup()).put("value", gap.highValue());
            node.putObject("low").put("group", gap.lowGroup()).put("value", gap.lowValue());
        }
    }

    static void excluded(ObjectNode node, List<ExcludedGroup> groups) {
        ArrayNode excluded = node.putArray("excludedGroups");
        for (ExcludedGroup e : groups) {
            excluded.addObject().put("group", e.group()).put("n", e.n()).put("reason", e.reason());
        }
    }

}

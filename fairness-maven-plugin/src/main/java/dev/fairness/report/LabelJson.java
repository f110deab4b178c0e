package dev.fairness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.engine.GapSummary;
import dev.fairness.engine.LabelResult;
import dev.fairness.gate.ClassCountMinimums;
import dev.fairness.gate.ClassCounts;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.OperatingPoint;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One entry of fairness.json's {@code labels}: the threshold and how it was set, every metric overall and per
 * group with its interval, and the difference gap of every metric per grouping.
 */
final class LabelJson {
    private LabelJson() {
    }

    static void label(ObjectNode node, LabelResult label, ClassCountMinimums minimums) {
        node.put("label", label.label());
        node.put("threshold", label.threshold());
        operatingPoint(node.putObject("operatingPoint"), label.operatingPoint());
        BootstrapReplicates bootstrap = label.bootstrap();
        metrics(node.putObject("overall"), label.metrics().overall(), bootstrap == null ? null : bootstrap::overall);
        fewCases(node.get("overall"), label.metrics().overall(), m -> minimums.plugin());
        ArrayNode groupings = node.putArray("groupings");
        for (Map.Entry<String, List<GroupMetrics>> g : label.metrics().byGrouping().entrySet()) {
            ObjectNode gn = groupings.addObject().put("name", g.getKey());
            ArrayNode groups = gn.putArray("groups");
            for (GroupMetrics group : g.getValue()) {
                ObjectNode groupNode = groups.addObject().put("name", group.group());
                metrics(groupNode.putObject("metrics"), group, bootstrap == null ? null
                        : metric -> bootstrap.group(g.getKey(), group.group(), metric));
                fewCases(groupNode.get("metrics"), group, m -> minimums.of(label.label(), g.getKey(), m));
            }
            ArrayNode gaps = gn.putArray("gaps");
            for (GapSummary gap : label.gaps()) {
                if (gap.grouping().equals(g.getKey())) {
                    gap(gaps.addObject(), gap);
                }
            }
        }
    }

    /**
     * {@code "fewCases": {"class": "negatives", "cases": 6, "minClassCount": 10}} on every metric that rests on
     * fewer cases of its class than the minimum it is held to (the plugin's, or a rule's own larger one): its
     * interval, if any, is not to be read as certainty.
     */
    private static void fewCases(JsonNode metrics, GroupMetrics group, ToIntFunction<Metric> minimum) {
        for (Metric m : Metric.values()) {
            int minClassCount = minimum.applyAsInt(m);
            ClassCounts.Count few = group.get(m).isDefined() ? ClassCounts.shortfall(m, group, minClassCount) : null;
            if (few != null) {
                ((ObjectNode) metrics.get(m.id())).putObject("fewCases").put("class", few.className())
                        .put("cases", few.cases()).put("minClassCount", minClassCount);
            }
        }
    }

    private static void operatingPoint(ObjectNode node, OperatingPoint point) {
        node.put("method", point.method().id());
        if (point.spec().targetRate() != null) {
            node.put("targetRate", point.spec().targetRate());
        }
        node.put("threshold", point.threshold());
        if (point.isChosen()) {
            node.put("chosenOn", point.chosenOn());
            JsonValues.number(node, "tpr", point.tpr());
            JsonValues.number(node, "fpr", point.fpr());
        }
    }

    private static void gap(ObjectNode node, GapSummary summary) {
        node.put("metric", summary.measure().id());
        node.put("gap", GapMethod.DIFFERENCE.id());
        Gap gap = summary.gap();
        JsonValues.value(node.putObject("value"), gap.value(), summary.interval());
        JsonValues.groupsOf(node, gap);
        JsonValues.excluded(node, summary.excluded());
    }

    private static void metrics(ObjectNode node, GroupMetrics group, Function<Metric, Interval> intervals) {
        for (Metric m : Metric.values()) {
            JsonValues.value(node.putObject(m.id()), group.get(m), intervals == null || m.isCount() ? null : intervals.apply(m));
        }
    }

}

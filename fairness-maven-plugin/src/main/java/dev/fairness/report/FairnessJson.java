package dev.fairness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.engine.DataSummary;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.ExcludedRow;
import dev.fairness.engine.GapSummary;
import dev.fairness.engine.GroupingSummary;
import dev.fairness.engine.LabelResult;
import dev.fairness.engine.ModelSummary;
import dev.fairness.gate.CalibrationFinding;
import dev.fairness.gate.ClassCounts;
import dev.fairness.gate.ExcludedGroup;
import dev.fairness.gate.Inconclusive;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.Verdict;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;
import dev.fairness.metrics.OperatingPoint;
import dev.fairness.output.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@code fairness.json}, schema version {@value #SCHEMA_VERSION} (documented on the Outputs page of the documentation). Every metric
 * is {@code {"value": x}} or {@code {"value": null, "undefined": "reason"}}: undefined is never 0. With the
 * bootstrap on, every rate and gap also carries {@code "ci": {"lower": a, "upper": b}} ({@code null} when it is
 * undefined in every replicate) and, when it is undefined in some replicates, {@code "undefinedReplicates"} with
 * {@code "undefinedReplicatesReason"}.
 */
public final class FairnessJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FairnessJson() {
    }

    /** Writes atomically: a temporary file in the same folder, then a move. */
    public static void write(EvaluationResult result, Path file) throws IOException {
        ObjectNode json = toJson(result);
        AtomicFile.write(file, out -> MAPPER.writeValue(out, json));
    }

    public static ObjectNode toJson(EvaluationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("plugin").put("name", "fairness-maven-plugin").put("version", result.pluginVersion());
        root.put("createdAt", result.createdAt().toString());
        verdict(root.putObject("verdict"), result.verdict());
        if (result.model() != null) {
            model(root.putObject("model"), result.model());
        } else {
            root.putNull("model");
        }
        data(root.putObject("data"), result.data());
        settings(root.putObject("settings"), result);
        ArrayNode labels = root.putArray("labels");
        for (LabelResult label : result.labels()) {
            label(labels.addObject(), label, result.minClassCount());
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleResult rule : result.verdict().results()) {
            rule(rules.addObject(), rule);
        }
        return root;
    }

    private static void settings(ObjectNode node, EvaluationResult result) {
        node.put("minGroupSize", result.minGroupSize());
        node.put("minClassCount", result.minClassCount());
        BootstrapSettings b = result.bootstrap();
        ObjectNode bootstrap = node.putObject("bootstrap");
        bootstrap.put("replicates", b.replicates());
        if (b.enabled()) {
            bootstrap.put("confidenceLevel", b.confidenceLevel()).put("seed", b.seed()).put("interval", "percentile")
                    .put("stratifiedBy", "per grouping: its groups x true class; overall: true class")
                    .put("gapInterval", "max-t: simultaneous over the gap's signed comparisons")
                    .put("classCounts", "random (Binomial per group) for PPV, NPV, accuracy, F1, selection rate, "
                            + "Brier score, average precision and ECE; fixed for the others");
        }
        node.put("validationSource", result.validationSource());
    }

    private static void verdict(ObjectNode node, Verdict verdict) {
        node.put("passed", verdict.passed());
        node.put("allMet", verdict.allMet());
        node.put("rules", verdict.results().size());
        node.put("met", verdict.passedCount());
        node.put("violated", verdict.violatedCount());
        node.put("undetermined", verdict.undeterminedCount());
    }

    private static void model(ObjectNode node, ModelSummary model) {
        var info = model.info();
        node.put("file", info.file().toString());
        node.put("sha256", info.sha256());
        node.putObject("input").put("name", info.inputName()).put("layout", info.layout().name())
                .put("channels", info.channels()).put("height", info.height()).put("width", info.width())
                .put("batch", info.batchSize());
        node.putObject("output").put("name", info.outputName()).put("width", info.outputWidth());
        node.put("irVersion", info.irVersion()).put("opset", info.opset()).put("producer", info.producer());
        var p = model.preprocessing();
        ObjectNode pre = node.putObject("preprocessing");
        pre.put("width", p.width()).put("height", p.height()).put("resize", p.resize().configName())
                .put("channels", p.channels().configName()).put("layout", p.layout().name());
        ArrayNode mean = pre.putArray("mean");
        p.mean().forEach(mean::add);
        ArrayNode std = pre.putArray("std");
        p.std().forEach(std::add);
        node.put("runtime", model.runtime());
        node.put("device", model.device().toString());
    }

    private static void data(ObjectNode node, DataSummary data) {
        node.put("source", data.source());
        node.put("samples", data.samples());
        ArrayNode labels = node.putArray("labels");
        for (int i = 0; i < data.labels().size(); i++) {
            labels.addObject().put("label", data.labels().get(i)).put("positives", data.positives().get(i));
        }
        ArrayNode groupings = node.putArray("groupings");
        for (GroupingSummary g : data.groupings()) {
            ObjectNode gn = groupings.addObject().put("name", g.name()).put("rowsWithoutGroup", g.rowsWithoutGroup());
            ArrayNode groups = gn.putArray("groups");
            for (int i = 0; i < g.groups().size(); i++) {
                groups.addObject().put("name", g.groups().get(i)).put("n", g.sizes().get(i));
            }
        }
        ArrayNode excluded = node.putArray("excludedRows");
        for (ExcludedRow row : data.excludedRows()) {
            excluded.addObject().put("id", row.id()).put("location", row.location()).put("grouping", row.grouping())
                    .put("reason", row.reason());
        }
    }

    private static void label(ObjectNode node, LabelResult label, int minClassCount) {
        node.put("label", label.label());
        node.put("threshold", label.threshold());
        operatingPoint(node.putObject("operatingPoint"), label.operatingPoint());
        BootstrapReplicates bootstrap = label.bootstrap();
        metrics(node.putObject("overall"), label.metrics().overall(), bootstrap == null ? null : bootstrap::overall);
        fewCases(node.get("overall"), label.metrics().overall(), minClassCount);
        ArrayNode groupings = node.putArray("groupings");
        for (Map.Entry<String, List<GroupMetrics>> g : label.metrics().byGrouping().entrySet()) {
            ObjectNode gn = groupings.addObject().put("name", g.getKey());
            ArrayNode groups = gn.putArray("groups");
            for (GroupMetrics group : g.getValue()) {
                ObjectNode groupNode = groups.addObject().put("name", group.group());
                metrics(groupNode.putObject("metrics"), group, bootstrap == null ? null
                        : metric -> bootstrap.group(g.getKey(), group.group(), metric));
                fewCases(groupNode.get("metrics"), group, minClassCount);
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
     * fewer cases of its class than the minimum: its interval, if any, is not to be read as certainty.
     */
    private static void fewCases(com.fasterxml.jackson.databind.JsonNode metrics, GroupMetrics group, int minClassCount) {
        for (Metric m : Metric.values()) {
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
            number(node, "tpr", point.tpr());
            number(node, "fpr", point.fpr());
        }
    }

    private static void number(ObjectNode node, String name, double v) {
        if (Double.isNaN(v)) {
            node.putNull(name);
        } else {
            node.put(name, v);
        }
    }

    private static void gap(ObjectNode node, GapSummary summary) {
        node.put("metric", summary.measure().id());
        node.put("gap", GapMethod.DIFFERENCE.id());
        Gap gap = summary.gap();
        value(node.putObject("value"), gap.value(), summary.interval());
        groupsOf(node, gap);
        excluded(node, summary.excluded());
    }

    private static void metrics(ObjectNode node, GroupMetrics group, Function<Metric, Interval> intervals) {
        for (Metric m : Metric.values()) {
            value(node.putObject(m.id()), group.get(m), intervals == null || m.isCount() ? null : intervals.apply(m));
        }
    }

    private static void value(ObjectNode node, MetricValue v, Interval interval) {
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

    private static void groupsOf(ObjectNode node, Gap gap) {
        if (gap.highGroup() != null) {
            node.putObject("high").put("group", gap.highGroup()).put("value", gap.highValue());
            node.putObject("low").put("group", gap.lowGroup()).put("value", gap.lowValue());
        }
    }

    private static void excluded(ObjectNode node, List<ExcludedGroup> groups) {
        ArrayNode excluded = node.putArray("excludedGroups");
        for (ExcludedGroup e : groups) {
            excluded.addObject().put("group", e.group()).put("n", e.n()).put("reason", e.reason());
        }
    }

    /**
     * How the rule's interval was made and what it decided on: {@code intervalMethod} ({@code max-t}: simultaneous
     * over the rule's comparisons, or {@code percentile}), {@code criticalValue}, and every signed comparison
     * ({@code first}, {@code second}, {@code estimate}, {@code lower}, {@code upper}, {@code scale}).
     */
    private static void comparisons(ObjectNode node, RuleResult result) {
        dev.fairness.metrics.GapInterval family = result.comparisons();
        if (family == null) {
            return;
        }
        node.put("intervalMethod", family.method());
        if (!Double.isNaN(family.critical())) {
            node.put("criticalValue", family.critical());
        }
        ArrayNode list = node.putArray("comparisons");
        for (dev.fairness.metrics.Comparison c : family.comparisons()) {
            ObjectNode o = list.addObject().put("metric", c.metric().id()).put("first", c.first());
            if (c.second() != null) {
                o.put("second", c.second());
            }
            o.put("scale", c.logScale() ? "log ratio" : c.second() == null ? "value" : "difference");
            number(o, "estimate", c.estimate());
            number(o, "lower", c.lower());
            number(o, "upper", c.upper());
        }
    }

    /**
     * {@code "inconclusive": {"imagesPerGroup": 22, "smallestGroup": 6, "boundDistance": 0.095, "distanceToLimit": 0.05}}
     * for a point-gated rule whose interval straddles its limit ({@code imagesPerGroup} null when the value lies on
     * the limit); absent otherwise.
     */
    private static void inconclusive(ObjectNode node, RuleResult result) {
        Inconclusive i = result.inconclusive();
        if (i == null) {
            return;
        }
        ObjectNode n = node.putObject("inconclusive");
        if (i.hasEstimate()) {
            n.put("imagesPerGroup", i.imagesPerGroup());
        } else {
            n.putNull("imagesPerGroup");
        }
        n.put("smallestGroup", i.smallestGroup()).put("boundDistance", i.reach())
                .put("distanceToLimit", i.distance()).put("estimate", "smallestGroup * (boundDistance / distanceToLimit)^2");
    }

    /**
     * {@code "calibrationTest": {"method": "consistency resampling", "level": 0.95, "perGroupAlpha": 0.0253,
     * "groups": [{"group": "F", "n": 100, "ece": 0.11, "calibratedEce": 0.098, "debiasedEce": 0.012, "pValue": 0.21,
     * "draws": 999, "exceeds": false}]}} for an ece rule decided by the calibration test; absent otherwise.
     */
    private static void calibrationTest(ObjectNode node, RuleResult result) {
        CalibrationFinding finding = result.calibration();
        if (finding == null) {
            return;
        }
        ObjectNode test = node.putObject("calibrationTest").put("method", "consistency resampling")
                .put("level", finding.level()).put("perGroupAlpha", finding.perGroupAlpha());
        ArrayNode groups = test.putArray("groups");
        for (CalibrationFinding.Group g : finding.groups()) {
            var e = g.evidence();
            groups.addObject().put("group", g.name()).put("n", e.n()).put("ece", e.ece())
                    .put("calibratedEce", e.calibratedEce()).put("debiasedEce", e.debiasedEce())
                    .put("pValue", e.pValue()).put("draws", e.draws())
                    .put("exceeds", finding.exceeds(g, result.rule().limit()));
        }
    }

    private static void rule(ObjectNode node, RuleResult result) {
        Rule rule = result.rule();
        node.put("metric", rule.measure().id());
        node.put("attribute", rule.grouping());
        node.put("label", result.label());
        node.put("gap", rule.gap().id());
        if (rule.reference() != null) {
            node.put("reference", rule.reference());
        }
        node.put(rule.isMaximum() ? "maximum" : "minimum", rule.limit());
        node.put("gateOn", rule.gateOn().id());
        node.put("onMissing", rule.onMissing().id());
        if (rule.minClassCount() != null) {
            node.put("minClassCount", rule.minClassCount());
        }
        Gap gap = result.gap();
        value(node.putObject("value"), gap.value(), result.interval());
        groupsOf(node, gap);
        comparisons(node, result);
        node.put("status", result.status().id());
        node.put("message", RuleMessages.outcome(result));
        inconclusive(node, result);
        calibrationTest(node, result);
        excluded(node, result.excluded());
        ArrayNode warnings = node.putArray("warnings");
        result.warnings().forEach(warnings::add);
    }
}

package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.gate.ClassCountMinimums;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.Verdict;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.output.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes {@code fairness.json}, schema version {@value #SCHEMA_VERSION} (documented on the Outputs page of the documentation). Every metric
 * is {@code {"value": x}} or {@code {"value": null, "undefined": "reason"}}: undefined is never 0. With the
 * bootstrap on, every rate and gap also carries {@code "ci": {"lower": a, "upper": b}} ({@code null} when it is
 * undefined in every replicate) and, when it is undefined in some replicates, {@code "undefinedReplicates"} with
 * {@code "undefinedReplicatesReason"}.
 */
public final class FairnessJson {
    public static final int SCHEMA_VERSION = 3;

    private FairnessJson() {
    }

    /** Writes atomically: a temporary file in the same folder, then a move. */
    public static void write(EvaluationResult result, Path file) throws IOException {
        write(result, file, json -> { });
    }

    /** As {@link #write(EvaluationResult, Path)}, with what {@code addition} adds (a merge: the shard list). */
    public static void write(EvaluationResult result, Path file, Consumer<ObjectNode> addition) throws IOException {
        ObjectNode json = toJson(result);
        addition.accept(json);
        AtomicFile.write(file, out -> PrettyJson.write(json, out));
    }

    public static ObjectNode toJson(EvaluationResult result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode(); // no ObjectMapper: see PrettyJson
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("plugin").put("name", "fairness-maven-plugin").put("version", result.pluginVersion());
        root.put("createdAt", UtcTimestamp.iso(result.createdAt()));
        verdict(root.putObject("verdict"), result.verdict());
        if (result.model() != null) {
            RunJson.model(root.putObject("model"), result.model());
        } else {
            root.putNull("model");
        }
        RunJson.data(root.putObject("data"), result.data());
        ScoreChecksJson.write(root, result.checks());
        settings(root.putObject("settings"), result);
        ArrayNode labels = root.putArray("labels");
        ClassCountMinimums minimums = ClassCountMinimums.of(result.minClassCount(), result.verdict());
        for (LabelResult label : result.labels()) {
            LabelJson.label(labels.addObject(), label, minimums);
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleResult rule : result.verdict().results()) {
            RuleJson.rule(rules.addObject(), rule);
        }
        return root;
    }

    /** How a group's interval is made ({@link dev.fairness.metrics.BootstrapReplicates#intervalMethod}). */
    static final String GROUP_INTERVAL = "wilson score for counted rates (tpr, tnr, fpr, fnr, ppv, npv, accuracy, "
            + "selectionRate); percentile of the replicates for the others";

    /** How a gap's interval is made ({@code dev.fairness.metrics.GapFamily}). */
    static final String GAP_INTERVAL = "max-t: simultaneous over the gap's signed comparisons; of counted rates, two "
            + "groups' difference or ratio: MOVER with their Jeffreys bounds, a group against the overall line: MOVER "
            + "on the group and the rest of the line; of AUC and F1, a group against the overall line: the logit "
            + "scale's shape with the bootstrap SD's width; any other comparison: estimate ± max-t × bootstrap SD";

    private static void settings(ObjectNode node, EvaluationResult result) {
        node.put("minGroupSize", result.minGroupSize());
        node.put("minClassCount", result.minClassCount());
        BootstrapSettings b = result.bootstrap();
        ObjectNode bootstrap = node.putObject("bootstrap");
        bootstrap.put("replicates", b.replicates());
        if (b.enabled()) {
            bootstrap.put("confidenceLevel", b.confidenceLevel()).put("seed", b.seed()).put("interval", GROUP_INTERVAL)
                    .put("stratifiedBy", "per grouping: its groups x true class; overall: true class")
                    .put("gapInterval", GAP_INTERVAL)
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

}

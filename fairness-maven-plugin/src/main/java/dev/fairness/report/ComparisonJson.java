package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.Sha256;
import dev.fairness.compare.Baseline;
import dev.fairness.compare.ChangeResult;
import dev.fairness.compare.ChangeRule;
import dev.fairness.compare.ComparisonResult;
import dev.fairness.compare.LabelComparison;
import dev.fairness.compare.ModelRun;
import dev.fairness.compare.PairedValues;
import dev.fairness.engine.LabelResult;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.MetricValue;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The sections a comparison adds to fairness.json (schema version 3): {@code models} (each model's source, output
 * folder, thresholds, verdict and rules), {@code comparison} (per label, every column's value per model and its
 * paired difference to the reference model, with intervals), {@code baseline} (the files, with their SHA-256 for
 * provenance) and {@code changeRules}. The top-level {@code verdict.passed} becomes the build's verdict over all
 * models and change rules; the other top-level fields stay those of the first model.
 */
final class ComparisonJson {
    private ComparisonJson() {
    }

    static void add(ObjectNode root, ComparisonResult result, Path outputDirectory) {
        ObjectNode verdict = (ObjectNode) root.get("verdict");
        verdict.put("passed", result.passed());
        verdict.put("verdictOf", "every model's rules and every change rule");
        ArrayNode models = root.putArray("models");
        for (ModelRun run : result.runs()) {
            model(models.addObject(), run, run == result.baseline(), outputDirectory);
        }
        comparison(root.putObject("comparison"), result);
        if (result.hasBaseline()) {
            baseline(root.putObject("baseline"), result.baselineFiles());
        }
        ArrayNode changes = root.putArray("changeRules");
        for (ChangeResult c : result.changes()) {
            change(changes.addObject(), c);
        }
    }

    private static void model(ObjectNode node, ModelRun run, boolean isBaseline, Path outputDirectory) {
        node.put("name", run.name());
        node.put("role", isBaseline ? "baseline" : "candidate");
        var in = run.spec().inputs();
        node.put("source", String.valueOf(in.predictions() != null ? in.predictions() : in.model()));
        node.put("outputDirectory", outputDirectory.relativize(run.spec().outputDirectory()).toString()
                .replace('\\', '/'));
        ObjectNode thresholds = node.putObject("thresholds");
        for (LabelResult label : run.result().labels()) {
            thresholds.put(label.label(), label.threshold());
        }
        ObjectNode verdict = node.putObject("verdict");
        verdict.put("passed", run.result().verdict().passed());
        verdict.put("rules", run.result().verdict().results().size());
        verdict.put("violated", run.result().verdict().violatedCount());
        ArrayNode rules = node.putArray("rules");
        for (RuleResult rule : run.result().verdict().results()) {
            RuleJson.rule(rules.addObject(), rule);
        }
    }

    private static void comparison(ObjectNode node, ComparisonResult result) {
        node.put("reference", result.runs().get(0).name());
        node.put("interval", "percentile, paired bootstrap: one draw of images per replicate serves every model "
                + "(overall: all rows; a gap or group: within the grouping's groups); a model's own gap: the interval "
                + "its own evaluation derived (its rule's, or its difference gap's)");
        ArrayNode labels = node.putArray("labels");
        for (LabelComparison label : result.labels()) {
            ObjectNode l = labels.addObject();
            l.put("label", label.label());
            ArrayNode columns = l.putArray("columns");
            PairedValues v = label.values();
            for (int c = 0; c < label.columns().size(); c++) {
                int q = label.columns().get(c);
                ObjectNode column = columns.addObject();
                column.put("name", label.names().get(c));
                ArrayNode values = column.putArray("models");
                for (int m = 0; m < label.models().size(); m++) {
                    ObjectNode entry = values.addObject();
                    entry.put("model", label.models().get(m));
                    JsonValues.value(entry.putObject("value"), of(v.point(m, q)), v.interval(m, q));
                    if (m != label.reference()) {
                        JsonValues.value(entry.putObject("difference"), of(v.difference(label.reference(), m, q)),
                                v.differenceInterval(label.reference(), m, q));
                    }
                }
            }
        }
    }

    private static void baseline(ObjectNode node, Baseline baseline) {
        node.put("name", Baseline.NAME);
        node.put("predictions", baseline.predictions().toString());
        node.put("predictionsSha256", sha256(baseline.predictions()));
        if (baseline.fairnessJson() != null) {
            node.put("fairnessJson", baseline.fairnessJson().toString());
            node.put("fairnessJsonSha256", sha256(baseline.fairnessJson()));
            node.set("provenance", BaselineProvenance.read(baseline.fairnessJson()));
        }
    }

    /** The SHA-256 of a file the run read; null when it cannot be read any more. */
    static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static void change(ObjectNode node, ChangeResult c) {
        ChangeRule rule = c.rule();
        node.put("model", c.model());
        node.put("label", c.label());
        node.put("metric", rule.measure().id());
        node.put("measure", rule.scope().id());
        if (rule.scope() == dev.fairness.compare.ChangeScope.GAP) {
            node.put("gap", rule.gap().id());
        }
        node.put("attribute", rule.grouping());
        node.put("group", c.group());
        node.put(rule.limitsIncrease() ? "maxIncrease" : "maxDecrease", rule.limit());
        node.put("gateOn", rule.gateOn().id());
        JsonValues.number(node, "baseline", c.baselineValue());
        JsonValues.number(node, "candidate", c.candidateValue());
        JsonValues.value(node.putObject("change"), of(c.change()), c.interval());
        node.put("status", c.status().id());
        node.put("message", c.message());
    }

    private static MetricValue of(double v) {
        return Double.isNaN(v) ? MetricValue.undefined("undefined for a model") : MetricValue.of(v);
    }
}

package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.LogText;
import dev.fairness.compare.NamedModel;
import dev.fairness.gate.Measure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code <models>}: each {@code <model>}'s name and its one source ({@code <file>} or {@code <predictions>}),
 * and which models every rule's {@code <models>} names. A name is also the model's output folder, so it is kept to
 * letters, digits, dots, dashes and underscores.
 */
final class ModelsReader {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ModelsReader() {
    }

    /** The named models; empty when {@code <models>} is not set (the one {@code <model>} or {@code <predictions>}). */
    static List<NamedModel> read(Configuration c) {
        if (c.models == null) {
            return List.of();
        }
        if (c.models.isEmpty()) {
            throw new InputException("<models> is empty. List at least one <model> with a <name> and a <file> or "
                    + "<predictions>, or remove <models> to evaluate <model> or <predictions>.");
        }
        rejectBesideModels(c);
        List<NamedModel> models = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (ModelConfiguration m : c.models) {
            String name = name(m);
            if (!names.add(name)) {
                throw new InputException("Two models in <models> are named '" + name + "'. Give each <model> its own "
                        + "<name>: the log, fairness.json and the reports tell the models apart by it.");
            }
            if ((m.file == null) == (m.predictions == null)) {
                throw new InputException("Model '" + name + "' in <models> has " + (m.file == null
                        ? "neither <file> nor <predictions>" : "both <file> and <predictions>") + ". Give one: <file> "
                        + "for an ONNX or TorchScript model scored on <manifest>, or <predictions> for a CSV of "
                        + "scores computed elsewhere.");
            }
            if (m.file != null && c.manifest == null) {
                throw new InputException("Model '" + name + "' in <models> is a model <file>, which is scored on the "
                        + "test images, but <manifest> is not set. Set <manifest> to the CSV of the test images.");
            }
            models.add(new NamedModel(name, InputsReader.path(m.file), InputsReader.path(m.predictions)));
        }
        return models;
    }

    /**
     * For every absolute rule (in the order {@link RulesReader} reads them), the models its {@code <models>} names;
     * an empty list for every model.
     */
    static List<List<String>> ruleModels(Configuration c, List<NamedModel> models) {
        List<List<String>> out = new ArrayList<>();
        for (RuleConfiguration r : GroupingsReader.list(c.rules)) {
            List<String> names = check(r, models);
            if (!r.isChangeRule()) {
                out.add(names);
            }
        }
        return out;
    }

    /** The names a rule's {@code <models>} gives, each checked against {@code <models>}. */
    static List<String> check(RuleConfiguration r, List<NamedModel> models) {
        if (r.models == null || r.models.isEmpty()) {
            return List.of();
        }
        String rule = "The " + describe(r) + " rule";
        if (models.isEmpty()) {
            throw new InputException(rule + " names models in its <models>, but the build evaluates one model. Set "
                    + "<models> for the plugin to compare several, or remove the rule's <models>.");
        }
        List<String> known = models.stream().map(NamedModel::name).toList();
        List<String> names = new ArrayList<>();
        for (String name : r.models) {
            String trimmed = name == null ? "" : name.trim();
            if (!known.contains(trimmed)) {
                throw new InputException(rule + " names model '" + LogText.escape(trimmed) + "', but no model of "
                        + "<models> has that name. Models: " + String.join(", ", known) + ".");
            }
            names.add(trimmed);
        }
        return names;
    }

    /** {@code tpr/sex}, as the other rule messages name a rule. */
    static String describe(RuleConfiguration r) {
        String metric = r.metric == null ? "?" : Measure.parse(r.metric).id();
        return metric + (r.attribute == null || r.attribute.isBlank() ? "" : "/" + r.attribute.trim()
                .toLowerCase(Locale.ROOT));
    }

    private static String name(ModelConfiguration m) {
        if (m.name == null || m.name.isBlank()) {
            throw new InputException("A <model> in <models> has no <name>. Name each model, e.g. <name>probe</name>: "
                    + "the log, fairness.json and the reports show it, and its results go to models/<name>/.");
        }
        String name = m.name.trim();
        if (!NAME.matcher(name).matches()) {
            throw new InputException("Model name '" + LogText.escape(name) + "' in <models> may only contain "
                    + "letters, digits, '.', '_' and '-' (and start with a letter or digit): it also names the "
                    + "model's output folder.");
        }
        return name;
    }

    private static void rejectBesideModels(Configuration c) {
        String single = c.model != null ? "<model>" : c.predictions != null ? "<predictions>" : null;
        if (single != null) {
            throw new InputException("<models> is set together with " + single + ": each model of <models> brings "
                    + "its own <file> or <predictions>. Move " + single + " into a <model> of <models>, or remove "
                    + "<models>.");
        }
    }
}

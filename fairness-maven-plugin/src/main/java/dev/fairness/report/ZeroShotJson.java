package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.zeroshot.ClassPrompts;
import dev.fairness.zeroshot.ZeroShotClass;
import dev.fairness.zeroshot.ZeroShotSummary;

import java.util.List;

/**
 * {@code model.zeroShot} of {@code fairness.json}, present for a zero-shot model only: the scoring mode, ensemble,
 * logit scale and its source, where the text embeddings came from, and per class or finding its name, templates and
 * the prompts they make (documented on the Outputs page).
 */
final class ZeroShotJson {
    private ZeroShotJson() {
    }

    static void write(ObjectNode node, ZeroShotSummary zeroShot) {
        node.put("mode", zeroShot.mode()).put("ensemble", zeroShot.ensemble());
        node.putObject("logitScale").put("value", zeroShot.logitScale()).put("source", zeroShot.logitScaleSource());
        node.put("textSide", zeroShot.textSide());
        ArrayNode classes = node.putArray("classes");
        List<ClassPrompts> prompts = zeroShot.prompts();
        for (int i = 0; i < zeroShot.classes().size(); i++) {
            ZeroShotClass c = zeroShot.classes().get(i);
            ObjectNode entry = classes.addObject().put("label", c.label()).put("name", c.name());
            strings(entry.putArray("templates"), c.templates());
            strings(entry.putArray("negativeTemplates"), c.negativeTemplates());
            strings(entry.putArray("prompts"), prompts.get(i).positive());
            strings(entry.putArray("negativePrompts"), prompts.get(i).negative());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

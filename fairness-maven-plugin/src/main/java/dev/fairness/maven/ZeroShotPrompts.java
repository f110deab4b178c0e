package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.zeroshot.ScoringMode;
import dev.fairness.zeroshot.ZeroShotClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prompts of {@code <zeroShot>}: one class or finding per configured label, in label order, named and templated
 * by its {@code <prompt>} or by the shared {@code <templates>} / {@code <negativeTemplates>}.
 */
final class ZeroShotPrompts {
    private ZeroShotPrompts() {
    }

    static List<ZeroShotClass> classes(ZeroShotConfiguration z, List<String> labels, ScoringMode mode) {
        Map<String, ZeroShotPromptConfiguration> byLabel = byLabel(z.prompts, labels);
        if (mode == ScoringMode.SOFTMAX && (present(z.negativeTemplates)
                || byLabel.values().stream().anyMatch(p -> present(p.negativeTemplates)))) {
            throw new InputException("<zeroShot><negativeTemplates> are for pair scoring; softmax scoring compares the "
                    + "classes' prompts with each other. Remove them.");
        }
        String kind = mode == ScoringMode.PAIR ? "Finding" : "Class";
        List<ZeroShotClass> classes = new ArrayList<>();
        for (String label : labels) {
            ZeroShotPromptConfiguration own = byLabel.get(label);
            List<String> templates = present(own == null ? null : own.templates) ? own.templates : z.templates;
            if (!present(templates)) {
                throw new InputException(kind + " '" + label + "' of <zeroShot> has no prompts. Set <zeroShot>"
                        + "<templates> (e.g. <template>a chest x-ray showing {}</template>), or <templates> in its "
                        + "<prompt>.");
            }
            List<String> negative = List.of();
            if (mode == ScoringMode.PAIR) {
                negative = present(own == null ? null : own.negativeTemplates) ? own.negativeTemplates
                        : z.negativeTemplates;
                if (!present(negative)) {
                    throw new InputException("Finding '" + label + "' of <zeroShot> has no negative prompts: pair "
                            + "scoring compares a positive and a negative prompt per finding. Set <zeroShot>"
                            + "<negativeTemplates> (CheXzero's: <negativeTemplate>no {}</negativeTemplate>), or "
                            + "<negativeTemplates> in its <prompt>.");
                }
            }
            String name = own == null || own.name == null || own.name.isBlank() ? label : own.name.strip();
            ZeroShotClass zeroShotClass = new ZeroShotClass(label, name, clean(templates), clean(negative));
            zeroShotClass.prompts(mode); // a template without {} fails here, naming it
            classes.add(zeroShotClass);
        }
        return classes;
    }

    private static Map<String, ZeroShotPromptConfiguration> byLabel(List<ZeroShotPromptConfiguration> prompts,
                                                                  List<String> labels) {
        Map<String, ZeroShotPromptConfiguration> byLabel = new LinkedHashMap<>();
        for (ZeroShotPromptConfiguration prompt : prompts == null ? List.<ZeroShotPromptConfiguration>of() : prompts) {
            String label = prompt.label == null ? "" : prompt.label.strip();
            if (!labels.contains(label)) {
                throw new InputException("A <zeroShot><prompt> names the label '" + label + "', which is not "
                        + "configured. Use one of " + labels + " in its <label>.");
            }
            if (byLabel.put(label, prompt) != null) {
                throw new InputException("Two <zeroShot><prompt> entries name the label '" + label + "'. Give each "
                        + "label one <prompt> with all its templates.");
            }
        }
        return byLabel;
    }

    private static List<String> clean(List<String> templates) {
        return templates.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    private static boolean present(List<String> values) {
        return values != null && values.stream().anyMatch(v -> v != null && !v.isBlank());
    }
}

package dev.fairness.zeroshot;

import dev.fairness.InputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The prompts of one class or finding: the positive ones and, in {@link ScoringMode#PAIR}, the negative ones.
 *
 * @param label    the class or finding as the manifest names it
 * @param positive prompts for "this image shows the class", at least one
 * @param negative prompts for "it does not" (pair mode), else empty
 */
public record ClassPrompts(String label, List<String> positive, List<String> negative) {

    public ClassPrompts {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
        if (positive.isEmpty()) {
            throw new InputException("Class '" + label + "' has no prompts. Give it at least one prompt or "
                    + "template.");
        }
    }

    /** Softmax prompts: each template with {@code {}} replaced by the class's name. */
    public static ClassPrompts of(String label, String name, List<String> templates) {
        return new ClassPrompts(label, fill(templates, name, label), List.of());
    }

    /** Pair prompts: CheXzero's default is {@code "{}"} against {@code "no {}"}. */
    public static ClassPrompts pair(String label, String name, List<String> positiveTemplates,
                                    List<String> negativeTemplates) {
        if (negativeTemplates.isEmpty()) {
            throw new InputException("Finding '" + label + "' has no negative prompts. Pair scoring compares a "
                    + "positive and a negative prompt per finding, e.g. \"{}\" and \"no {}\".");
        }
        return new ClassPrompts(label, fill(positiveTemplates, name, label), fill(negativeTemplates, name, label));
    }

    /** Every prompt, positive first. */
    public List<String> all() {
        List<String> all = new ArrayList<>(positive);
        all.addAll(negative);
        return all;
    }

    private static List<String> fill(List<String> templates, String name, String label) {
        List<String> prompts = new ArrayList<>();
        for (String template : templates) {
            if (!template.contains("{}")) {
                throw new InputException("Template '" + template + "' of class '" + label + "' has no {} where "
                        + "the class name goes. Write it like \"a chest x-ray showing {}\".");
            }
            prompts.add(template.replace("{}", name));
        }
        return prompts;
    }
}

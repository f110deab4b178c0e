package dev.fairness.zeroshot;

import java.util.List;

/**
 * One class or finding of a zero-shot model as configured: the label it scores, the name its templates are filled
 * with, and its templates; the prompts are the filled templates.
 *
 * @param label             the class or finding as the manifest names it
 * @param name              what replaces {@code {}} in the templates (e.g. "pleural effusion" for "Effusion")
 * @param templates         the positive templates, e.g. {@code "a chest x-ray showing {}"}
 * @param negativeTemplates the negative templates of pair scoring, e.g. {@code "no {}"}; empty in softmax scoring
 */
public record ZeroShotClass(String label, String name, List<String> templates, List<String> negativeTemplates) {

    public ZeroShotClass {
        templates = List.copyOf(templates);
        negativeTemplates = List.copyOf(negativeTemplates);
    }

    /** The filled prompts this class is scored with. */
    public ClassPrompts prompts(ScoringMode mode) {
        return mode == ScoringMode.PAIR ? ClassPrompts.pair(label, name, templates, negativeTemplates)
                : ClassPrompts.of(label, name, templates);
    }
}

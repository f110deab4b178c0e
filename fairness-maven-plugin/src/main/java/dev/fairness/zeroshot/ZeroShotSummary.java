package dev.fairness.zeroshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the reports and {@code fairness.json} say about a zero-shot model: how it scores and with which prompts.
 * Stored with cached scores, so a build that reuses them reports the same.
 *
 * @param mode             {@code softmax} or {@code pair}
 * @param ensemble         {@code embedding-mean}, {@code logit-mean} or {@code logit-max}
 * @param logitScale       the scale the cosine similarities were multiplied by
 * @param logitScaleSource "configured", or the tower it was read from
 * @param textSide         where the text embeddings came from
 * @param classes          the classes or findings with their names and templates
 */
public record ZeroShotSummary(String mode, String ensemble, double logitScale, String logitScaleSource,
                              String textSide, List<ZeroShotClass> classes) {

    public ZeroShotSummary {
        classes = List.copyOf(classes);
    }

    public static ZeroShotSummary of(ZeroShotSpec spec, LogitScale scale, TextSide text) {
        return new ZeroShotSummary(spec.mode().configName(), spec.ensemble().configName(), scale.value(),
                scale.source(), text.origin(), spec.classes());
    }

    /** The filled prompts of every class, in label order. */
    public List<ClassPrompts> prompts() {
        ScoringMode scoring = ScoringMode.parse(mode);
        List<ClassPrompts> prompts = new ArrayList<>();
        classes.forEach(c -> prompts.add(c.prompts(scoring)));
        return prompts;
    }

    /** One log line: mode, ensemble, scale, and the prompts' count and origin. */
    public String describe() {
        int prompts = prompts().stream().mapToInt(p -> p.all().size()).sum();
        String what = mode.equals(ScoringMode.PAIR.configName()) ? "finding" : "class";
        return "Zero-shot: " + mode + " scoring, ensemble " + ensemble + ", logit scale "
                + String.format(Locale.ROOT, "%.3f", logitScale) + " (" + logitScaleSource + "); "
                + prompts + (prompts == 1 ? " prompt" : " prompts") + " for " + classes.size() + " " + what
                + (classes.size() == 1 ? "" : what.equals("class") ? "es" : "s") + ", " + textSide + ".";
    }
}

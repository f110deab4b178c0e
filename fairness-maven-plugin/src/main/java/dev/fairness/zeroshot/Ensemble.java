package dev.fairness.zeroshot;

import dev.fairness.EnumIds;

/** How several prompts of one class (its templates) are combined into one logit. */
public enum Ensemble {
    /**
     * CLIP's and CheXzero's: the mean of the prompts' L2-normalised text embeddings, normalised again, then one
     * cosine similarity.
     */
    EMBEDDING_MEAN("embedding-mean"),
    /** MedCLIP's ensemble: the mean of the prompts' logits. */
    LOGIT_MEAN("logit-mean"),
    /** The largest of the prompts' logits. */
    LOGIT_MAX("logit-max");

    private final String configName;

    Ensemble(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** Finds the constant a pom value names, as every enum's ({@link EnumIds}: case, dashes and underscores aside). */
    public static Ensemble parse(String value) {
        return EnumIds.parse(Ensemble.class, Ensemble::configName, value, v -> "Unknown prompt ensemble '" + v
                + "'. Use 'embedding-mean', 'logit-mean' or 'logit-max'.");
    }
}

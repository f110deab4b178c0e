package dev.fairness.zeroshot;

import dev.fairness.InputException;

import java.util.Locale;

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

    public static Ensemble parse(String value) {
        for (Ensemble ensemble : values()) {
            if (ensemble.configName.equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return ensemble;
            }
        }
        throw new InputException("Unknown prompt ensemble '" + value
                + "'. Use 'embedding-mean', 'logit-mean' or 'logit-max'.");
    }
}

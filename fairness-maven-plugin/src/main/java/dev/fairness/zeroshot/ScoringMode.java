package dev.fairness.zeroshot;

import dev.fairness.EnumIds;

/** How prompts' similarities become scores, as the published models do it. */
public enum ScoringMode {
    /**
     * Multi-class, BiomedCLIP and CLIP style: {@code softmax(scale * cos(image, class))} over the classes, one
     * class per image.
     */
    SOFTMAX("softmax"),
    /**
     * Multi-label, CheXzero style: per finding a positive and a negative prompt group,
     * {@code exp(scale * cos(image, pos)) / (exp(scale * cos(image, pos)) + exp(scale * cos(image, neg)))}, one
     * independent probability per finding.
     */
    PAIR("pair");

    private final String configName;

    ScoringMode(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** Finds the constant a pom value names, as every enum's ({@link EnumIds}: case, dashes and underscores aside). */
    public static ScoringMode parse(String value) {
        return EnumIds.parse(ScoringMode.class, ScoringMode::configName, value, v -> "Unknown zero-shot scoring "
                + "mode '" + v + "'. Use 'softmax' (one class per image) or 'pair' (a positive and a negative prompt "
                + "per finding).");
    }
}

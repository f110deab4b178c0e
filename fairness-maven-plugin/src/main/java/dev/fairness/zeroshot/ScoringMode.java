package dev.fairness.zeroshot;

import dev.fairness.InputException;

import java.util.Locale;

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

    public static ScoringMode parse(String value) {
        for (ScoringMode mode : values()) {
            if (mode.configName.equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new InputException("Unknown zero-shot scoring mode '" + value + "'. Use 'softmax' (one class per "
                + "image) or 'pair' (a positive and a negative prompt per finding).");
    }
}

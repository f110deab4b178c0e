package dev.fairness.inference;

import dev.fairness.InputException;
import java.util.Locale;

/**
 * What the model's output values are, as declared in {@code <outputs>}: probabilities (used as they are) or logits
 * (raw scores, turned into probabilities with a sigmoid or a softmax depending on the {@link Task}).
 */
public enum OutputKind {
    PROBABILITIES,
    LOGITS;

    /**
     * Parses {@code probabilities} or {@code logits}, case-insensitively.
     *
     * @throws InputException {@code Unknown outputs 'x'. Set <outputs> to probabilities or logits.}
     */
    public static OutputKind parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "probabilities" -> PROBABILITIES;
            case "logits" -> LOGITS;
            default -> throw new InputException("Unknown outputs '" + value
                    + "'. Set <outputs> to probabilities or logits.");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

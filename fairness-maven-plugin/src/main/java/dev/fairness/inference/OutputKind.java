package dev.fairness.inference;

import dev.fairness.EnumIds;
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
        return EnumIds.parse(OutputKind.class, OutputKind::toString, value,
                v -> "Unknown outputs '" + v + "'. Set <outputs> to probabilities or logits.");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

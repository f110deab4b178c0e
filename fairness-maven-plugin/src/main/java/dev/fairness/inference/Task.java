package dev.fairness.inference;

import dev.fairness.EnumIds;
import dev.fairness.InputException;

/**
 * What the model's output means, which decides how many scores it must have and how logits become probabilities.
 * Binary: one label, K = 1 (a score) or K = 2 (negative, positive). Multi-label: one independent score per label
 * (each finding present or not). Multi-class: one score per class, exactly one class true.
 */
public enum Task {
    BINARY("binary"),
    MULTI_LABEL("multi-label"),
    MULTI_CLASS("multi-class");

    private final String displayName;

    Task(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Parses a {@code <task>} value: {@code binary}, {@code multiLabel} or {@code multiClass}; null or blank means
     * none was given (null), so that the task is derived from the label columns.
     *
     * @throws InputException {@code Unknown <task> 'x'. Use binary, multiLabel or multiClass.}
     */
    public static Task parse(String value) {
        return EnumIds.parse(Task.class, Task::toString, value, null,
                v -> "Unknown <task> '" + v + "'. Use binary, multiLabel or multiClass.");
    }

    @Override
    public String toString() {
        return displayName;
    }
}

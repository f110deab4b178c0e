package dev.fairness.inference;

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

    @Override
    public String toString() {
        return displayName;
    }
}

package dev.fairness.engine;

import java.util.List;

/**
 * Export parity: the manifest columns holding the score the training framework computed for each image,
 * {@code prefix + label}, and how far the plugin's score may be from it.
 *
 * @param prefix    the columns' prefix, e.g. {@code reference_} for {@code reference_Effusion}; null: no check
 * @param tolerance the largest |plugin score - reference score| that passes, in [0, 1]
 */
public record ReferenceColumns(String prefix, double tolerance) {
    /**
     * 1e-4: the same float32 model run by two runtimes differs by about 1e-7 on a probability (2.8e-8 between
     * TorchScript and ONNX here, 3e-7 in the zero-shot golden tests) and six printed decimals add 5e-7, while a
     * preprocessing mismatch moves scores by 1e-2 or more (model.md, "Export parity").
     */
    public static final double DEFAULT_TOLERANCE = 1e-4;
    public static final ReferenceColumns NONE = new ReferenceColumns(null, DEFAULT_TOLERANCE);

    public ReferenceColumns {
        prefix = prefix == null || prefix.isBlank() ? null : prefix.trim();
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("tolerance " + tolerance);
        }
    }

    public boolean isSet() {
        return prefix != null;
    }

    /** The column of each label, in label order; empty when none is set. */
    public List<String> columns(List<String> labels) {
        return isSet() ? labels.stream().map(label -> prefix + label).toList() : List.of();
    }
}

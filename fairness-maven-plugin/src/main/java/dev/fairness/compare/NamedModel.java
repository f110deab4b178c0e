package dev.fairness.compare;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One model of a comparison, by the name the reports show: an ONNX or TorchScript file scored on the test set, or a
 * predictions CSV of scores computed elsewhere (exactly one of the two).
 *
 * @param name        unique within the build; the log, fairness.json and the reports name the model by it
 * @param model       the model file, or null with {@code predictions}
 * @param predictions the predictions CSV, or null with {@code model}
 */
public record NamedModel(String name, Path model, Path predictions) {

    public NamedModel {
        Objects.requireNonNull(name, "name");
        if ((model == null) == (predictions == null)) {
            throw new IllegalArgumentException("a model is either a model file or a predictions CSV");
        }
    }

    /** Where the scores come from, as messages name it. */
    public Path source() {
        return model != null ? model : predictions;
    }
}

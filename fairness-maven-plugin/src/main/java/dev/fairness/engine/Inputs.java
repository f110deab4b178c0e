package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What is evaluated: a model with a manifest of test images, or a predictions CSV of scores computed elsewhere,
 * how their rows are read, and an optional validation set to choose thresholds on.
 *
 * @param model                 the ONNX model, or null with {@code predictions}
 * @param manifest              the test-set CSV, or null with {@code predictions}
 * @param predictions           a predictions CSV that replaces inference, or null
 * @param imageRoot             the folder the image paths of the manifest (and validation manifest) are relative to
 *                              and must stay inside; null: each manifest's own folder
 * @param columns               how the manifest's (or the predictions') rows are read
 * @param validationManifest    a manifest scored by the same model to choose thresholds on, or null
 * @param validationPredictions a predictions CSV to choose thresholds on, or null; at most one of the two
 */
public record Inputs(Path model, Path manifest, Path predictions, Path imageRoot, TestSetColumns columns,
                     Path validationManifest, Path validationPredictions) {

    public Inputs {
        Objects.requireNonNull(columns, "columns");
        if (validationManifest != null && validationPredictions != null) {
            throw new IllegalArgumentException("at most one validation set");
        }
    }

    /** Inference on the manifest's images. */
    public static Inputs images(Path model, Path manifest, LabelSpec labels) {
        return new Inputs(model, manifest, null, null, TestSetColumns.of(labels), null, null);
    }

    /** Scores computed elsewhere. */
    public static Inputs predictions(Path predictions, LabelSpec labels) {
        return new Inputs(null, null, predictions, null, TestSetColumns.of(labels), null, null);
    }

    /** The same inputs scored by another model file (a zero-shot model's image tower). */
    public Inputs withModel(Path file) {
        return new Inputs(file, manifest, predictions, imageRoot, columns, validationManifest, validationPredictions);
    }

    public Inputs withImageRoot(Path folder) {
        return new Inputs(model, manifest, predictions, folder, columns, validationManifest, validationPredictions);
    }

    public Inputs withColumns(String imageColumn, String idColumn) {
        return new Inputs(model, manifest, predictions, imageRoot,
                new TestSetColumns(imageColumn, idColumn, columns.labels()), validationManifest, validationPredictions);
    }

    /** Export parity: the plugin's scores compared with the reference columns of the manifest. */
    public Inputs withReference(ReferenceColumns reference) {
        return new Inputs(model, manifest, predictions, imageRoot,
                new TestSetColumns(columns.imageColumn(), columns.idColumn(), columns.labels(), reference),
                validationManifest, validationPredictions);
    }

    public Inputs withValidationManifest(Path file) {
        return new Inputs(model, manifest, predictions, imageRoot, columns, file, validationPredictions);
    }

    public Inputs withValidationPredictions(Path file) {
        return new Inputs(model, manifest, predictions, imageRoot, columns, validationManifest, file);
    }

    public LabelSpec labels() {
        return columns.labels();
    }

    public String imageColumn() {
        return columns.imageColumn();
    }

    public String idColumn() {
        return columns.idColumn();
    }

    public boolean usesPredictionsFile() {
        return predictions != null;
    }

    /** True when thresholds may be chosen on a separate validation set. */
    public boolean hasValidationSet() {
        return validationManifest != null || validationPredictions != null;
    }
}

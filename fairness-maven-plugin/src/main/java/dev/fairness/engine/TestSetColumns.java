package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.ManifestSpec;

import java.util.Objects;

/**
 * How a test set's rows are read: the manifest's image and id columns and how its true labels are written. They
 * decide which score belongs to which row and label, so they are part of the score cache's key.
 *
 * @param imageColumn the manifest column of image paths (blank: {@value ManifestSpec#DEFAULT_IMAGE_COLUMN})
 * @param idColumn    the manifest column of unique row ids (blank: the image path is the id)
 * @param labels      how the true labels are written
 * @param reference   the columns of the training framework's scores, compared with the plugin's (export parity)
 */
public record TestSetColumns(String imageColumn, String idColumn, LabelSpec labels, ReferenceColumns reference) {

    /** Columns without reference scores. */
    public TestSetColumns(String imageColumn, String idColumn, LabelSpec labels) {
        this(imageColumn, idColumn, labels, ReferenceColumns.NONE);
    }

    public TestSetColumns {
        Objects.requireNonNull(labels, "labels");
        reference = reference == null ? ReferenceColumns.NONE : reference;
        // normalised like ManifestSpec, so that two spellings of the default are one cache key
        imageColumn = imageColumn == null || imageColumn.isBlank() ? ManifestSpec.DEFAULT_IMAGE_COLUMN
                : imageColumn.trim();
        idColumn = idColumn == null || idColumn.isBlank() ? null : idColumn.trim();
    }

    /** The default image column, ids from image paths. */
    public static TestSetColumns of(LabelSpec labels) {
        return new TestSetColumns(null, null, labels);
    }

    /**
     * These columns without the reference scores: what decides which score belongs to which row and label (the
     * score cache's key). The reference values are checked on every build, stored scores or not.
     */
    public TestSetColumns withoutReference() {
        return new TestSetColumns(imageColumn, idColumn, labels);
    }
}

package dev.fairness.dataset;

import dev.fairness.InputException;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where the test set is and how to read its manifest: the CSV file, the column holding each image's path
 * (relative to the image root, by default the manifest's folder), an optional column holding a unique id (otherwise the normalised image
 * path is the id), how labels are written, and which columns are patient attributes (sex, age, ...).
 *
 * @param manifest    the manifest CSV file
 * @param imageColumn the column with image paths; {@code null} means {@value #DEFAULT_IMAGE_COLUMN}
 * @param idColumn    the column with unique row ids, or {@code null} to use the image path
 * @param labels      how the true labels are written
 * @param attributes  attribute columns, kept as raw strings; {@code null} means none
 * @param imageRoot   the folder image paths are relative to and must stay inside ({@link ImageRoot});
 *                    {@code null} means the manifest's folder
 * @param referenceColumns the columns holding the training framework's score of each label, in label order
 *                    ({@link ReferenceScores}); empty (or {@code null}) means none are read
 */
public record ManifestSpec(Path manifest, String imageColumn, String idColumn, LabelSpec labels,
                           List<String> attributes, Path imageRoot, List<String> referenceColumns) {
    public static final String DEFAULT_IMAGE_COLUMN = "image";

    /** A spec whose image paths are relative to the manifest's folder. */
    public ManifestSpec(Path manifest, String imageColumn, String idColumn, LabelSpec labels,
                        List<String> attributes) {
        this(manifest, imageColumn, idColumn, labels, attributes, null);
    }

    /** A spec that reads no reference scores. */
    public ManifestSpec(Path manifest, String imageColumn, String idColumn, LabelSpec labels,
                        List<String> attributes, Path imageRoot) {
        this(manifest, imageColumn, idColumn, labels, attributes, imageRoot, List.of());
    }

    public ManifestSpec {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(labels, "labels");
        imageColumn = imageColumn == null || imageColumn.isBlank() ? DEFAULT_IMAGE_COLUMN : imageColumn.trim();
        idColumn = idColumn == null || idColumn.isBlank() ? null : idColumn.trim();
        attributes = attributes == null ? List.of() : attributes.stream().map(String::trim).toList();
        referenceColumns = referenceColumns == null ? List.of() : List.copyOf(referenceColumns);
        if (!referenceColumns.isEmpty() && referenceColumns.size() != labels.labels().size()) {
            throw new IllegalArgumentException("one reference column per label");
        }
        Set<String> seen = new HashSet<>();
        for (String attribute : attributes) {
            if (!seen.add(attribute)) {
                throw new InputException(Messages.badConfiguration("<attributes>", "'" + attribute
                        + "' is listed twice", "List each attribute column once."));
            }
        }
    }

    /** A manifest with the default image column, ids from image paths, and the given labels and attributes. */
    public static ManifestSpec of(Path manifest, LabelSpec labels, List<String> attributes) {
        return new ManifestSpec(manifest, null, null, labels, attributes);
    }
}

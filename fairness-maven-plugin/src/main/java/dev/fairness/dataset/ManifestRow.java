package dev.fairness.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One validated manifest row: enough to load the image, score it, and report a problem with it by line.
 *
 * @param line       the 1-based line in the manifest on which the row starts, for messages
 * @param id         unique id: the id column's value, or the image path relative to the image root
 *                   (normalised, {@code /}-separated)
 * @param image      the image file's real path (symbolic links resolved), inside the image root's real path; it
 *                   was a regular file when the manifest was read
 * @param truth      one true/false value per label of {@link Manifest#labels()}
 * @param attributes one raw value per attribute of {@link Manifest#attributeNames()} ({@code ""} when empty)
 */
public record ManifestRow(int line, String id, Path image, List<Boolean> truth, List<String> attributes) {
    public ManifestRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(image, "image");
        truth = List.copyOf(truth);
        attributes = List.copyOf(attributes);
    }
}

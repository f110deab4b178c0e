package dev.fairness.cache;

import dev.fairness.Sha256;
import java.util.ArrayList;
import java.util.List;

/**
 * What an evaluation's scores depend on, as one SHA-256 per part. Two builds with equal keys would compute the same
 * scores, so the second reuses the first's. Rules, thresholds, groups and bins are not part of it: they only change
 * the metrics, which are recomputed from the stored scores on every build.
 *
 * @param model         SHA-256 of the model file's bytes
 * @param manifest      SHA-256 of the manifest file's bytes
 * @param images        SHA-256 over every row's image path (relative to the manifest) with its size and
 *                      modification time, or with the SHA-256 of its bytes ({@code imagesBy})
 * @param imagesBy      {@code size+mtime} or {@code content}
 * @param configuration SHA-256 over the settings that change scores (see {@link #describe})
 */
public record EvaluationKey(String model, String manifest, String images, String imagesBy, String configuration) {

    /** This key with the model's SHA-256 (a key built before the model was hashed has none). */
    public EvaluationKey withModel(String modelSha256) {
        return new EvaluationKey(modelSha256, manifest, images, imagesBy, configuration);
    }

    /** True when everything but the model is the same as in {@code other}. */
    boolean sameBesidesModel(EvaluationKey other) {
        return manifest.equals(other.manifest) && images.equals(other.images) && imagesBy.equals(other.imagesBy)
                && configuration.equals(other.configuration);
    }

    /** The first 12 hex digits of the SHA-256 over all parts, for log lines. */
    public String shortId() {
        return Sha256.of(model + "\n" + manifest + "\n" + images + "\n" + imagesBy + "\n" + configuration)
                .substring(0, 12);
    }

    /**
     * The parts that differ from an earlier key, in words: {@code the model}, {@code the manifest},
     * {@code the images}, {@code the configuration}.
     */
    public List<String> changesSince(EvaluationKey earlier) {
        List<String> changes = new ArrayList<>();
        if (!model.equals(earlier.model)) {
            changes.add("the model");
        }
        if (!manifest.equals(earlier.manifest)) {
            changes.add("the manifest");
        }
        if (!images.equals(earlier.images) || !imagesBy.equals(earlier.imagesBy)) {
            changes.add(imagesBy.equals(earlier.imagesBy) ? "the images" : "the images (or how they are compared)");
        }
        if (!configuration.equals(earlier.configuration)) {
            changes.add("the configuration");
        }
        return changes;
    }

    /** {@code the model and the images}, {@code the model, the manifest and the configuration}. */
    static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}

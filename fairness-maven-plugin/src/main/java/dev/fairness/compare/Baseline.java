package dev.fairness.compare;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The shipped model a build compares against: its predictions on the same test set (the {@code predictions.csv}
 * that {@code fairness:baseline} writes), and optionally the {@code fairness.json} written with them, read for
 * provenance only.
 *
 * @param predictions  the baseline's predictions CSV, matched to the test set by id
 * @param fairnessJson the baseline's fairness.json, or null
 */
public record Baseline(Path predictions, Path fairnessJson) {
    /** How the log, fairness.json and the reports name the baseline among the models. */
    public static final String NAME = "baseline";

    public Baseline {
        Objects.requireNonNull(predictions, "predictions");
    }
}

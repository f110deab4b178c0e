package dev.fairness.maven;

import java.io.File;

/**
 * {@code <baseline>}, as Maven injects it: the shipped model's predictions on the same test set, and the
 * fairness.json written with them. Read and checked by {@link BaselineReader}.
 */
public class BaselineConfiguration {
    /** The baseline's predictions CSV, as {@code fairness:baseline} writes it. */
    File predictions;
    /** The baseline's fairness.json, read for provenance only (optional). */
    File fairnessJson;
}

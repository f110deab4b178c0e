package dev.fairness.engine;

import dev.fairness.dataset.Preprocessing;
import dev.fairness.inference.Device;
import dev.fairness.inference.ModelInfo;

/** The model that produced the scores, how its inputs were prepared, and where it ran. */
public record ModelSummary(ModelInfo info, Preprocessing preprocessing, Device device, String runtime) {
}

package dev.fairness.engine;

import dev.fairness.dataset.Preprocessing;
import dev.fairness.inference.Device;
import dev.fairness.inference.ModelInfo;
import dev.fairness.zeroshot.ZeroShotSummary;

/**
 * The model that produced the scores, how its inputs were prepared, and where it ran.
 *
 * @param zeroShot how a zero-shot model scored (its prompts, mode and logit scale), or null for a classifier
 */
public record ModelSummary(ModelInfo info, Preprocessing preprocessing, Device device, String runtime,
                           ZeroShotSummary zeroShot) {

    /** A classifier's summary. */
    public ModelSummary(ModelInfo info, Preprocessing preprocessing, Device device, String runtime) {
        this(info, preprocessing, device, runtime, null);
    }
}

package dev.fairness.maven;

import java.util.List;

/**
 * The {@code <preprocessing>} block of the pom, as Maven injects it; absent values come from the model's input.
 * Read and checked by {@link InferenceReader}.
 */
public class PreprocessingConfiguration {
    Integer width;
    Integer height;
    /** {@code stretch}, {@code shorterSideCrop} or {@code pilBicubicCrop} (CLIP's resize, exactly as PIL). */
    String resize;
    /** {@code grey} or {@code rgb}; by default the model's channel count decides. */
    String channels;
    List<Float> mean;
    List<Float> std;
}

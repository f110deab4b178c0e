package dev.fairness.inference;

import java.nio.FloatBuffer;

/**
 * Scores batches of preprocessed images: the seam between the dataset pipeline and a model runtime (ONNX Runtime
 * here; TorchScript through DJL could be another). The pipeline asks for the {@link #input()} shape, writes that
 * many floats per image into a direct buffer, and gets one probability per label per image back.
 */
public interface ImageScorer {

    /** The layout and size each image must have in the buffer. */
    InputShape input();

    /** Scores per image: 1 for a binary task, else the number of labels or classes. */
    int labels();

    /**
     * Scores {@code count} images stored from the buffer's position, {@link InputShape#floatsPerImage()} each.
     * The buffer's position and limit are not changed.
     *
     * @return {@code [count][labels]} probabilities in [0, 1]
     */
    double[][] score(FloatBuffer images, int count);
}

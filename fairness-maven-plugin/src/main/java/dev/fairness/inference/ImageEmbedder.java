package dev.fairness.inference;

import java.nio.FloatBuffer;

/**
 * An image tower: batches of preprocessed images in, one embedding per image out (CLIP's {@code encode_image}).
 * The zero-shot scorer turns the embeddings into scores.
 */
public interface ImageEmbedder extends AutoCloseable {

    /** The layout and size each image must have in the buffer. */
    InputShape input();

    /**
     * Embeds {@code count} images stored from the buffer's position; the buffer's position and limit are not changed.
     *
     * @return {@code [count][D]}, not normalised
     */
    float[][] embed(FloatBuffer images, int count);

    /** The device it runs on. */
    Device device();

    @Override
    void close();
}

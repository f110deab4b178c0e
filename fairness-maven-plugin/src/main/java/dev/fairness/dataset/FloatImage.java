package dev.fairness.dataset;

import java.util.Objects;

/**
 * A decoded image as planar floats in [0, 1], one plane per channel (1 for grey, 3 for R, G, B), so that the
 * bit depth and storage layout of the file no longer matter to preprocessing.
 *
 * @param width    pixels per row
 * @param height   rows
 * @param channels 1 (grey) or 3 (RGB)
 * @param data     {@code channels} planes of {@code width * height} values, row-major: the sample of channel
 *                 {@code c} at {@code (x, y)} is {@code data[c * width * height + y * width + x]}. Not copied.
 */
public record FloatImage(int width, int height, int channels, float[] data) {
    public FloatImage {
        Objects.requireNonNull(data, "data");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, not " + channels);
        }
        if ((long) width * height * channels != data.length) {
            throw new IllegalArgumentException("data has " + data.length + " values, expected "
                    + (long) width * height * channels);
        }
    }

    /** The sample of one channel at one pixel. */
    public float get(int channel, int x, int y) {
        return data[(channel * height + y) * width + x];
    }

    public int planeSize() {
        return width * height;
    }
}

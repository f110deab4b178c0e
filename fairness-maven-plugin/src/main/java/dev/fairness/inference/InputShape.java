package dev.fairness.inference;

import java.nio.FloatBuffer;

/**
 * The concrete size and layout of one image as the model receives it: the model's fixed dimensions, with the
 * preprocessing's size filling any dynamic height or width. Tells the preprocessing how to lay out pixels and
 * the scorer what tensor shape to declare.
 */
public record InputShape(Layout layout, int channels, int height, int width) {

    public InputShape {
        if (layout == null || channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("a layout and positive sizes are required: "
                    + layout + " " + channels + "x" + height + "x" + width);
        }
    }

    /** Floats per image: channels x height x width. */
    public int floatsPerImage() {
        return Math.multiplyExact(channels, Math.multiplyExact(height, width));
    }

    /** Fails when {@code images} holds fewer floats than {@code count} images of this shape need. */
    public void requireImages(FloatBuffer images, int count) {
        long needed = (long) count * floatsPerImage();
        if (count < 0 || images.remaining() < needed) {
            throw new IllegalArgumentException("the buffer holds " + images.remaining() + " floats, "
                    + count + " images need " + needed);
        }
    }

    /** The tensor shape for {@code batch} images. */
    public long[] tensorShape(long batch) {
        return layout.shape(batch, channels, height, width);
    }

    /** {@code 3x224x224 (NCHW)}. */
    @Override
    public String toString() {
        return channels + "x" + height + "x" + width + " (" + layout + ")";
    }
}

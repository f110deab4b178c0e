package dev.fairness.inference;

/**
 * The order of an image tensor's dimensions, read from the model's input. PyTorch exports NCHW; TensorFlow/Keras
 * exports NHWC. Preprocessing writes pixels in the model's layout so the buffer goes to ONNX Runtime without a
 * transpose.
 */
public enum Layout {
    /** {@code [batch, channels, height, width]}: channel planes one after another. */
    NCHW,
    /** {@code [batch, height, width, channels]}: channels interleaved per pixel. */
    NHWC;

    /** The tensor shape for {@code batch} images of the given size. */
    public long[] shape(long batch, int channels, int height, int width) {
        return this == NCHW ? new long[] {batch, channels, height, width}
                : new long[] {batch, height, width, channels};
    }

    /**
     * Detects the layout of a rank-4 image shape: NCHW when dimension 1 is 1 or 3 channels, else NHWC when
     * dimension 3 is; {@code null} when neither (a model this plugin cannot feed).
     */
    static Layout detect(long[] shape) {
        if (shape.length != 4) {
            return null;
        }
        if (shape[1] == 1 || shape[1] == 3) {
            return NCHW;
        }
        return shape[3] == 1 || shape[3] == 3 ? NHWC : null;
    }
}

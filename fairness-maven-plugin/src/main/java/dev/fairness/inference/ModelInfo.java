package dev.fairness.inference;

import dev.fairness.InputException;
import java.nio.file.Path;

/**
 * What the model itself declares, read once when it is opened: the image input it expects and the scores it
 * returns. The preprocessing and the report use it, and the evaluation cache keys on {@link #sha256}.
 *
 * @param file the model file as configured
 * @param sha256 hex SHA-256 of the model file's bytes
 * @param inputName the single image input
 * @param layout NCHW or NHWC, detected from where the 1 or 3 channels are
 * @param channels 1 or 3
 * @param height pixels, or -1 when dynamic (any height)
 * @param width pixels, or -1 when dynamic
 * @param batchSize the fixed batch dimension, or -1 when dynamic
 * @param outputName the model's first output, the one scored
 * @param outputWidth K, scores per image, or -1 when dynamic (checked on the first batch)
 * @param irVersion ONNX IR version, -1 when unknown
 * @param opset default-domain opset version, -1 when unknown
 * @param producer producer name and version (e.g. {@code pytorch 2.1.0}), empty when unknown
 */
public record ModelInfo(Path file, String sha256, String inputName, Layout layout, int channels, int height,
                        int width, long batchSize, String outputName, int outputWidth, long irVersion, long opset,
                        String producer) {

    public boolean hasFixedBatch() {
        return batchSize > 0;
    }

    /**
     * The input shape for images the preprocessing produces at {@code channels x height x width}.
     *
     * @throws InputException when the model's fixed channels, height or width differ, e.g.
     *     {@code model.onnx expects input 'image' of 3x224x224 (NCHW) but preprocessing produces 1x64x64.
     *     Set <preprocessing><width>/<height>/<channels> to match the model.}
     */
    public InputShape inputFor(int channels, int height, int width) {
        boolean fits = channels == this.channels && (this.height < 0 || height == this.height)
                && (this.width < 0 || width == this.width);
        if (!fits) {
            throw new InputException(file + " expects input '" + inputName + "' of " + describeInput()
                    + " but preprocessing produces " + channels + "x" + height + "x" + width
                    + ". Set <preprocessing><width>/<height>/<channels> to match the model.");
        }
        return new InputShape(layout, channels, height, width);
    }

    /** {@code 3x224x224 (NCHW)}, with {@code ?} for a dynamic height or width. */
    public String describeInput() {
        return channels + "x" + dim(height) + "x" + dim(width) + " (" + layout + ")";
    }

    private static String dim(long size) {
        return size < 0 ? "?" : Long.toString(size);
    }
}

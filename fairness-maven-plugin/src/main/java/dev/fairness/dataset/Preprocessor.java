package dev.fairness.dataset;

import dev.fairness.inference.Layout;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * Turns a decoded image into one model input sample, written straight into the caller's batch buffer (the
 * inference stage passes a direct, native-order buffer that ONNX Runtime wraps without copying).
 *
 * <p>Steps: channel conversion (colour to luminance for a grey model, done first so that only one plane is
 * resampled; grey to RGB is done last by writing the one resampled plane three times), then a separable resample
 * ({@link ResampleWeights}: horizontal pass over the source rows needed, then vertical pass), then
 * {@code (x - mean) / std} per channel while writing in NCHW or NHWC order. Per image it allocates a few scratch
 * arrays; the per-pixel loops allocate nothing. Immutable and safe for concurrent use.
 */
public final class Preprocessor {
    private static final float LUMA_R = 0.299f;
    private static final float LUMA_G = 0.587f;
    private static final float LUMA_B = 0.114f;

    private final Preprocessing config;
    private final int width;
    private final int height;
    private final int channels;
    private final float[] mean;
    private final float[] std;

    public Preprocessor(Preprocessing config) {
        this.config = config;
        this.width = config.width();
        this.height = config.height();
        this.channels = config.channels().count();
        this.mean = new float[channels];
        this.std = new float[channels];
        for (int c = 0; c < channels; c++) {
            mean[c] = (float) config.mean(c);
            std[c] = (float) config.std(c);
        }
    }

    /** Floats per sample: channels x height x width. */
    public int sampleSize() {
        return channels * height * width;
    }

    /** The input tensor shape for a batch, in the configured layout. */
    public long[] shape(int batchSize) {
        return config.layout().shape(batchSize, channels, height, width);
    }

    /** One preprocessed sample as a new array, in the configured layout. */
    public float[] apply(FloatImage image) {
        FloatBuffer buffer = FloatBuffer.allocate(sampleSize());
        write(image, buffer, 0);
        return buffer.array();
    }

    /**
     * Writes one preprocessed sample at float index {@code sampleIndex * sampleSize()} of {@code batch}, using
     * absolute puts: the buffer's position is not changed, so several threads may fill different samples of one
     * batch.
     */
    public void write(FloatImage image, FloatBuffer batch, int sampleIndex) {
        long base = (long) sampleIndex * sampleSize();
        if (sampleIndex < 0 || base + sampleSize() > batch.limit()) {
            throw new IndexOutOfBoundsException("sample " + sampleIndex + " of " + sampleSize()
                    + " floats does not fit a buffer of limit " + batch.limit());
        }
        Geometry g = geometry(image.width(), image.height());
        if (config.resize() == Preprocessing.ResizeMode.PIL_BICUBIC_CROP) {
            writePilBicubic(image, g, batch, (int) base);
            return;
        }
        ResampleWeights xs = ResampleWeights.bilinear(image.width(), g.resizedWidth, g.left, width);
        ResampleWeights ys = ResampleWeights.bilinear(image.height(), g.resizedHeight, g.top, height);
        if (channels == 1) {
            float[] grey = image.channels() == 1 ? image.data() : luminance(image, ys);
            resample(grey, 0, image.width(), xs, ys, batch, (int) base, 0, 1);
        } else if (image.channels() == 3) {
            for (int c = 0; c < 3; c++) {
                resample(image.data(), c * image.planeSize(), image.width(), xs, ys, batch, (int) base, c, c + 1);
            }
        } else {
            resample(image.data(), 0, image.width(), xs, ys, batch, (int) base, 0, 3);
        }
    }

    /** Resized size and crop offsets; see {@link Preprocessing.ResizeMode}. */
    private Geometry geometry(int sourceWidth, int sourceHeight) {
        if (config.resize() == Preprocessing.ResizeMode.STRETCH) {
            return new Geometry(width, height, 0, 0);
        }
        int resizedWidth;
        int resizedHeight;
        if ((long) width * sourceHeight >= (long) height * sourceWidth) {
            // the width needs the larger scale factor: it becomes the target width, the height keeps the ratio
            resizedWidth = width;
            resizedHeight = Math.max(height, (int) ((long) sourceHeight * width / sourceWidth));
        } else {
            resizedHeight = height;
            resizedWidth = Math.max(width, (int) ((long) sourceWidth * height / sourceHeight));
        }
        // torchvision's CenterCrop: int(round((resized - target) / 2.0)), Python rounding halves to even
        int left = (int) Math.rint((resizedWidth - width) / 2.0);
        int top = (int) Math.rint((resizedHeight - height) / 2.0);
        return new Geometry(resizedWidth, resizedHeight, left, top);
    }

    /** PIL's 8-bit bicubic resize and centre crop, each channel on its own; see {@link PilBicubic}. */
    private void writePilBicubic(FloatImage image, Geometry g, FloatBuffer batch, int base) {
        PilBicubic.Weights xs = PilBicubic.weights(image.width(), g.resizedWidth, g.left, width);
        PilBicubic.Weights ys = PilBicubic.weights(image.height(), g.resizedHeight, g.top, height);
        float[] row = new float[width];
        float[] normalised = new float[width];
        int[] pixels = null;
        for (int c = 0; c < channels; c++) {
            if (pixels == null || image.channels() == 3) {
                // a grey image is resampled once and written to every channel
                pixels = PilBicubic.resample(PilBicubic.eightBitPlane(image, channels, c), image.width(), xs, ys);
            }
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    // torchvision's ToTensor: the 8-bit value divided by 255 in float
                    row[x] = pixels[y * width + x] / 255f;
                }
                writeRow(row, normalised, batch, base, c, y);
            }
        }
    }

    /** BT.601 luminance of the source rows the vertical pass needs (other rows stay 0 and are never read). */
    private static float[] luminance(FloatImage image, ResampleWeights ys) {
        int plane = image.planeSize();
        float[] src = image.data();
        float[] grey = new float[plane];
        int from = ys.lowestSource() * image.width();
        int to = ys.endSource() * image.width();
        for (int i = from; i < to; i++) {
            grey[i] = LUMA_R * src[i] + LUMA_G * src[plane + i] + LUMA_B * src[2 * plane + i];
        }
        return grey;
    }

    /**
     * Resamples one source plane and writes it, normalised, as output channels {@code [firstChannel, endChannel)}
     * (more than one when a grey image is replicated to RGB).
     */
    private void resample(float[] src, int planeOffset, int sourceWidth, ResampleWeights xs, ResampleWeights ys,
                          FloatBuffer batch, int base, int firstChannel, int endChannel) {
        int rowFrom = ys.lowestSource();
        int rowTo = ys.endSource();
        // horizontal pass: each needed source row -> one row of the output width
        float[] horizontal = new float[(rowTo - rowFrom) * width];
        for (int y = rowFrom; y < rowTo; y++) {
            int srcRow = planeOffset + y * sourceWidth;
            int outRow = (y - rowFrom) * width;
            for (int x = 0; x < width; x++) {
                int start = srcRow + xs.first[x];
                int w = x * xs.stride;
                int n = xs.count[x];
                float sum = 0f;
                for (int k = 0; k < n; k++) {
                    sum += xs.weights[w + k] * src[start + k];
                }
                horizontal[outRow + x] = sum;
            }
        }
        // vertical pass: one output row at a time, accumulated over its source rows
        float[] row = new float[width];
        float[] normalised = new float[width];
        for (int y = 0; y < height; y++) {
            Arrays.fill(row, 0f);
            int w = y * ys.stride;
            for (int k = 0, n = ys.count[y]; k < n; k++) {
                float weight = ys.weights[w + k];
                int from = (ys.first[y] + k - rowFrom) * width;
                for (int x = 0; x < width; x++) {
                    row[x] += weight * horizontal[from + x];
                }
            }
            for (int c = firstChannel; c < endChannel; c++) {
                writeRow(row, normalised, batch, base, c, y);
            }
        }
    }

    private void writeRow(float[] row, float[] normalised, FloatBuffer batch, int base, int channel, int y) {
        float m = mean[channel];
        float s = std[channel];
        if (config.layout() == Layout.NCHW) {
            for (int x = 0; x < width; x++) {
                normalised[x] = (row[x] - m) / s;
            }
            batch.put(base + (channel * height + y) * width, normalised, 0, width);
        } else {
            int index = base + y * width * channels + channel;
            for (int x = 0; x < width; x++, index += channels) {
                batch.put(index, (row[x] - m) / s);
            }
        }
    }

    private record Geometry(int resizedWidth, int resizedHeight, int left, int top) {
    }
}

package dev.fairness.inference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Preprocessed image batches whose every pixel of channel c of image i is {@code values[i][c]}, so a mean-pool
 * model's channel means, and with them its scores, are known exactly.
 */
final class TestImages {

    private TestImages() {
    }

    /** A direct, native-order buffer of {@code values.length} images in the given layout. */
    static FloatBuffer constant(Layout layout, int height, int width, float[]... values) {
        int channels = values.length == 0 ? 1 : values[0].length;
        int per = channels * height * width;
        FloatBuffer buffer = ByteBuffer.allocateDirect(values.length * per * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (int i = 0; i < values.length; i++) {
            for (int c = 0; c < channels; c++) {
                for (int p = 0; p < height * width; p++) {
                    int at = layout == Layout.NCHW ? c * height * width + p : p * channels + c;
                    buffer.put(i * per + at, values[i][c]);
                }
            }
        }
        return buffer;
    }

    /** The logits {@code W m + b} a mean-pool classifier computes for channel means {@code m}. */
    static double[] logits(float[][] weights, float[] bias, float[] means) {
        double[] z = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            z[k] = bias[k];
            for (int c = 0; c < means.length; c++) {
                z[k] += (double) weights[k][c] * means[c];
            }
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double[] softmax(double[] z) {
        double sum = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k]);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}

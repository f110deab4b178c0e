package dev.fairness.dataset;

/**
 * PIL's {@code Image.resize(size, Image.BICUBIC)} on 8-bit images, bit for bit, for the models trained with
 * CLIP's preprocessing ({@code Resize(n, BICUBIC)}, {@code CenterCrop(n)}, {@code ToTensor()} on a PIL image).
 *
 * <p>Why not the float resampler: PIL resamples 8-bit images in fixed point and stores the horizontal pass as
 * 8-bit before the vertical pass, so its output is quantised twice to 1/255. A float resampler differs from it by
 * up to half a grey level per pass (about 0.007 after CLIP's normalisation); this class reproduces the integer
 * arithmetic of Pillow's {@code libImaging/Resample.c} ({@code precompute_coeffs}, {@code normalize_coeffs_8bpc},
 * {@code ImagingResampleHorizontal_8bpc} / {@code Vertical_8bpc}) so the differences are 0 grey levels.
 *
 * <ul>
 *   <li>Bicubic kernel with a = -0.5, support 2 source pixels, stretched by the scale factor when shrinking
 *       (antialiasing); pixel centres at {@code (i + 0.5) * scale}; window bounds rounded by a C cast of
 *       {@code centre -+ support + 0.5}; weights normalised to sum 1 in double, then rounded to 22-bit fixed
 *       point away from zero.</li>
 *   <li>Each pass: {@code clamp((2^21 + sum(pixel * weight)) >> 22, 0, 255)}.</li>
 *   <li>A centre crop only selects which output columns and rows are computed: the values are those of the full
 *       resize.</li>
 * </ul>
 */
final class PilBicubic {
    private static final int PRECISION_BITS = 32 - 8 - 2;
    private static final double ONE = 1 << PRECISION_BITS;

    /** Fixed-point weights of one axis: output {@code i} reads {@code count[i]} sources from {@code first[i]}. */
    record Weights(int[] first, int[] count, int[] weights, int stride) {

        int lowestSource() {
            return SourceSpan.lowest(first);
        }

        int endSource() {
            return SourceSpan.end(first, count);
        }
    }

    private PilBicubic() {
    }

    /**
     * Weights of one axis resized from {@code inSize} to {@code resizedSize} pixels, for the {@code outSize}
     * pixels kept from {@code offset} (centre crop).
     */
    static Weights weights(int inSize, int resizedSize, int offset, int outSize) {
        double scale = (double) inSize / resizedSize;
        double filterScale = Math.max(scale, 1.0);
        double support = 2.0 * filterScale;
        int stride = (int) Math.ceil(support) * 2 + 1;
        double inverseFilterScale = 1.0 / filterScale;
        int[] first = new int[outSize];
        int[] count = new int[outSize];
        int[] fixed = new int[outSize * stride];
        double[] w = new double[stride];
        for (int i = 0; i < outSize; i++) {
            double centre = (i + offset + 0.5) * scale;
            int min = Math.max((int) (centre - support + 0.5), 0);
            int max = Math.min((int) (centre + support + 0.5), inSize) - min;
            double total = 0.0;
            for (int k = 0; k < max; k++) {
                w[k] = cubic((k + min - centre + 0.5) * inverseFilterScale);
                total += w[k];
            }
            for (int k = 0; k < max; k++) {
                double normalised = total != 0.0 ? w[k] / total : w[k];
                // C's (int) cast truncates towards zero, so this rounds half away from zero as PIL does
                fixed[i * stride + k] = (int) (normalised < 0 ? -0.5 + normalised * ONE : 0.5 + normalised * ONE);
            }
            first[i] = min;
            count[i] = max;
        }
        return new Weights(first, count, fixed, stride);
    }

    /**
     * Resamples one 8-bit plane ({@code width} samples per row) and returns the kept {@code xs.first.length x
     * ys.first.length} pixels as 8-bit values, row-major.
     */
    static int[] resample(int[] plane, int width, Weights xs, Weights ys) {
        int outWidth = xs.first.length;
        int outHeight = ys.first.length;
        int rowFrom = ys.lowestSource();
        int rowTo = ys.endSource();
        int[] horizontal = new int[(rowTo - rowFrom) * outWidth];
        for (int y = rowFrom; y < rowTo; y++) {
            int row = y * width;
            int out = (y - rowFrom) * outWidth;
            for (int x = 0; x < outWidth; x++) {
                int start = row + xs.first[x];
                int w = x * xs.stride;
                int sum = 1 << (PRECISION_BITS - 1);
                for (int k = 0, n = xs.count[x]; k < n; k++) {
                    sum += plane[start + k] * xs.weights[w + k];
                }
                horizontal[out + x] = clip8(sum);
            }
        }
        int[] result = new int[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            int w = y * ys.stride;
            int from = ys.first[y] - rowFrom;
            for (int x = 0; x < outWidth; x++) {
                int sum = 1 << (PRECISION_BITS - 1);
                for (int k = 0, n = ys.count[y]; k < n; k++) {
                    sum += horizontal[(from + k) * outWidth + x] * ys.weights[w + k];
                }
                result[y * outWidth + x] = clip8(sum);
            }
        }
        return result;
    }

    /**
     * One 8-bit plane of the image as the model's channel {@code channel} will see it: the sample rounded to
     * 8 bits (exact for 8-bit files, which decode to {@code k / 255}; deeper files lose their extra bits, as CLIP's
     * 8-bit pipeline does), colour to grey by PIL's {@code convert("L")} integer formula, grey replicated.
     */
    static int[] eightBitPlane(FloatImage image, int modelChannels, int channel) {
        int size = image.planeSize();
        float[] data = image.data();
        int[] plane = new int[size];
        if (modelChannels == 1 && image.channels() == 3) {
            for (int i = 0; i < size; i++) {
                // PIL's L24: ITU-R 601-2 weights in 16-bit fixed point, rounded
                plane[i] = (eightBit(data[i]) * 19595 + eightBit(data[size + i]) * 38470
                        + eightBit(data[2 * size + i]) * 7471 + 0x8000) >> 16;
            }
            return plane;
        }
        int offset = image.channels() == 1 ? 0 : channel * size;
        for (int i = 0; i < size; i++) {
            plane[i] = eightBit(data[offset + i]);
        }
        return plane;
    }

    private static int eightBit(float sample) {
        return Math.min(255, Math.max(0, Math.round(sample * 255f)));
    }

    private static int clip8(int sum) {
        return Math.min(255, Math.max(0, sum >> PRECISION_BITS));
    }

    /** Keys' cubic convolution kernel with a = -0.5, as PIL's {@code bicubic_filter}. */
    private static double cubic(double x) {
        double a = -0.5;
        double t = Math.abs(x);
        if (t < 1.0) {
            return ((a + 2.0) * t - (a + 3.0)) * t * t + 1;
        }
        if (t < 2.0) {
            return (((t - 5) * t + 8) * t - 4) * a;
        }
        return 0.0;
    }
}

package dev.fairness.dataset;

/**
 * The bilinear weights for resampling one axis, precomputed once per image so that the per-pixel loops only
 * multiply and add.
 *
 * <p>Conventions, those of PIL's {@code Image.resize(..., BILINEAR)} and torchvision's
 * {@code Resize(antialias=True)}, so that a model trained with either sees the same pixels:
 * <ul>
 *   <li>Half-pixel centres: source pixel {@code j} covers {@code [j, j + 1)} and has its centre at
 *       {@code j + 0.5}; output pixel {@code i} of an axis resized from {@code in} to {@code out} pixels has its
 *       centre at {@code (i + 0.5) * in / out} in source coordinates. The image edges line up exactly
 *       ({@code align_corners = False}); corner pixel centres do not.</li>
 *   <li>Triangle filter of radius 1 source pixel when enlarging: plain bilinear interpolation between the two
 *       nearest source pixels. When shrinking by a factor {@code s > 1}, the triangle is stretched to radius
 *       {@code s}, so every source pixel contributes (antialiasing) instead of a 2x2 sample every
 *       {@code s} pixels.</li>
 *   <li>Edges: source pixels outside the image are left out and the remaining weights renormalised to sum to 1,
 *       which for enlarging is the same as clamping to the edge pixel.</li>
 *   <li>A centre crop is a shift of the output grid: output {@code i} of a crop starting at {@code offset} of the
 *       resized axis is resized pixel {@code i + offset}; the rest of the resized image is never computed.</li>
 * </ul>
 */
final class ResampleWeights {
    /** First source index of each output pixel. */
    final int[] first;
    /** Number of source pixels of each output pixel. */
    final int[] count;
    /** Weights of output {@code i} at {@code weights[i * stride + k]} for source {@code first[i] + k}. */
    final float[] weights;
    final int stride;

    private ResampleWeights(int[] first, int[] count, float[] weights, int stride) {
        this.first = first;
        this.count = count;
        this.weights = weights;
        this.stride = stride;
    }

    /**
     * @param inSize      source pixels on this axis
     * @param resizedSize pixels of the whole resized axis
     * @param offset      first resized pixel kept (centre crop), 0 for none
     * @param outSize     pixels kept
     */
    static ResampleWeights bilinear(int inSize, int resizedSize, int offset, int outSize) {
        double scale = (double) inSize / resizedSize;
        double filterScale = Math.max(scale, 1.0);
        double support = filterScale; // the triangle's radius is 1 at scale 1
        double inverseFilterScale = 1.0 / filterScale;
        int stride = (int) Math.ceil(support) * 2 + 1;
        int[] first = new int[outSize];
        int[] count = new int[outSize];
        float[] weights = new float[outSize * stride];
        double[] w = new double[stride];
        for (int i = 0; i < outSize; i++) {
            double centre = (i + offset + 0.5) * scale;
            // (int) truncates towards zero like PIL's C cast; the clamps keep the window inside the image
            int min = Math.max((int) (centre - support + 0.5), 0);
            int max = Math.min((int) (centre + support + 0.5), inSize);
            int n = Math.min(max - min, stride);
            double total = 0;
            for (int k = 0; k < n; k++) {
                w[k] = triangle((k + min - centre + 0.5) * inverseFilterScale);
                total += w[k];
            }
            for (int k = 0; k < n; k++) {
                weights[i * stride + k] = (float) (total == 0 ? 0 : w[k] / total);
            }
            first[i] = min;
            count[i] = n;
        }
        return new ResampleWeights(first, count, weights, stride);
    }

    /** Lowest and one past the highest source index used by any output pixel. */
    int lowestSource() {
        return SourceSpan.lowest(first);
    }

    int endSource() {
        return SourceSpan.end(first, count);
    }

    private static double triangle(double x) {
        double a = Math.abs(x);
        return a < 1.0 ? 1.0 - a : 0.0;
    }
}

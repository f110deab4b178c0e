package dev.fairness.dataset;

/**
 * How a stored DICOM sample becomes a value in [0, 1], the same rule as for PNG (a sample divided by the largest
 * value of its bit depth), extended by the DICOM steps that come before it:
 * <ol>
 *   <li>the stored bits: {@code bitsStored} bits ending at {@code highBit} of the allocated word, others ignored
 *       (overlays, garbage); two's complement when {@code signed} (Pixel Representation 1);</li>
 *   <li>the modality rescale: {@code m = slope * s + intercept};</li>
 *   <li>scaled by the range of values the stored bits can hold after the rescale:
 *       {@code x = (m - mMin) / (mMax - mMin)}, where {@code mMin}, {@code mMax} are the rescaled ends of
 *       {@code [0, 2^bits - 1]} (unsigned) or {@code [-2^(bits-1), 2^(bits-1) - 1]} (signed);</li>
 *   <li>MONOCHROME1 (higher values darker) is inverted: {@code x = 1 - x}.</li>
 * </ol>
 * For an unsigned image without rescale this is exactly the PNG rule ({@code s / 255}, {@code s / 4095} for 12
 * bits stored, {@code s / 65535}); a positive rescale keeps it, a negative slope inverts it. No window (VOI LUT)
 * is applied: the model sees the full stored range, as with a 16-bit PNG.
 *
 * @param bitsAllocated 8 or 16
 * @param bitsStored    1 to {@code bitsAllocated}
 * @param highBit       {@code bitsStored - 1} to {@code bitsAllocated - 1}
 * @param signed        Pixel Representation 1
 * @param slope         Rescale Slope (1 when absent), not 0
 * @param intercept     Rescale Intercept (0 when absent)
 * @param monochrome1   Photometric Interpretation MONOCHROME1
 */
public record DicomPixelScaling(int bitsAllocated, int bitsStored, int highBit, boolean signed, double slope,
                                double intercept, boolean monochrome1) {
    public DicomPixelScaling {
        if (bitsAllocated != 8 && bitsAllocated != 16) {
            throw new IllegalArgumentException("bits allocated must be 8 or 16: " + bitsAllocated);
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated || highBit < bitsStored - 1 || highBit >= bitsAllocated) {
            throw new IllegalArgumentException("bits stored " + bitsStored + " and high bit " + highBit
                    + " do not fit " + bitsAllocated + " bits allocated");
        }
        if (slope == 0 || !Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("rescale must be finite with a non-zero slope");
        }
    }

    /** The stored value of one allocated word (its low {@code bitsAllocated} bits). */
    public int storedValue(int word) {
        int value = (word >>> (highBit + 1 - bitsStored)) & ((1 << bitsStored) - 1);
        if (signed && (value & (1 << (bitsStored - 1))) != 0) {
            value -= 1 << bitsStored;
        }
        return value;
    }

    /** The value in [0, 1] of one allocated word, by the steps of the class comment. */
    public float normalised(int word) {
        double low = signed ? -(1 << (bitsStored - 1)) : 0;
        double high = signed ? (1 << (bitsStored - 1)) - 1 : (1 << bitsStored) - 1;
        double rescaledLow = slope * low + intercept;
        double rescaledHigh = slope * high + intercept;
        double min = Math.min(rescaledLow, rescaledHigh);
        double max = Math.max(rescaledLow, rescaledHigh);
        double x = (slope * storedValue(word) + intercept - min) / (max - min);
        return (float) (monochrome1 ? 1 - x : x);
    }
}

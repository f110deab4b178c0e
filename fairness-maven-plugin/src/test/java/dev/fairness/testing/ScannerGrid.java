package dev.fairness.testing;

/**
 * Faint vertical lines, as an anti-scatter grid leaves them, on the sample's images of one sex (as if that clinic
 * used another scanner): columns in pairs, brighter and darker by {@link #AMPLITUDE} grey levels in turn. Every
 * row gains as much as it loses, so an image's mean, and with it every score of the mean-pooling
 * {@code model.onnx}, stays exactly as it was; a model that weighs pixels one by one can see the lines, and learn
 * them as a shortcut ({@link SampleCandidates}).
 */
public final class ScannerGrid {
    /** Grey levels added to the bright columns and taken from the dark ones. */
    public static final int AMPLITUDE = 16;

    private ScannerGrid() {
    }

    /** +1 for a bright column (0-1, 4-5, ...), -1 for a dark one (2-3, 6-7, ...). */
    public static int sign(int column) {
        return (column / 2) % 2 == 0 ? 1 : -1;
    }

    /**
     * Adds the lines to a row-major 8-bit plane of {@link SyntheticTestSet#SIZE} columns. The texture's pixel pairs
     * (columns 2j, 2j+1) lie in one stripe, so the lines and the texture do not interact.
     */
    static void addTo(int[] plane) {
        for (int i = 0; i < plane.length; i++) {
            int value = plane[i] + sign(i % SyntheticTestSet.SIZE) * AMPLITUDE;
            if (value < 0 || value > 255) {
                // clipping would change the image's mean, and with it the shipped model's score
                throw new IllegalStateException("grid line clips pixel " + i + " at " + value);
            }
            plane[i] = value;
        }
    }
}

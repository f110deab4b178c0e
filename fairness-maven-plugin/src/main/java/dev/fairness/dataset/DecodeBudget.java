package dev.fairness.dataset;

import dev.fairness.InputException;

import java.nio.file.Path;

/**
 * The memory one image may take to decode, checked from the file's size and its header (width, height, bands and
 * bit depth) before any pixel is allocated: an image over the budget fails with a message saying how much it
 * needs, instead of an {@code OutOfMemoryError} in a worker. By default half the JVM's maximum heap is shared by
 * the workers that decode at once ({@code maxHeap / (2 x workers)}); the other half is left to Maven, the
 * manifest, the scores and the metrics. {@code <decodeBudgetMb>} sets it instead.
 *
 * @param bytes  the most one image may need, in bytes
 * @param origin how the budget was set, for the message, e.g. {@code half the 1024 MB heap over 2 workers}
 */
public record DecodeBudget(long bytes, String origin) {

    public DecodeBudget {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a decode budget must be positive: " + bytes);
        }
    }

    /** Half of this JVM's maximum heap over {@code workers} decoding at once. */
    public static DecodeBudget forWorkers(int workers) {
        return ofHeap(Runtime.getRuntime().maxMemory(), workers);
    }

    static DecodeBudget ofHeap(long maxHeap, int workers) {
        return new DecodeBudget(Math.max(1, maxHeap / 2 / Math.max(1, workers)), "half the " + megabytes(maxHeap)
                + " MB heap over " + workers + (workers == 1 ? " worker" : " workers"));
    }

    /** A budget the user set. */
    public static DecodeBudget ofMegabytes(long megabytes) {
        return new DecodeBudget(Math.multiplyExact(megabytes, 1L << 20), "set by <decodeBudgetMb>");
    }

    /**
     * The bytes decoding needs at its peak: the encoded file, the decoded raster ({@code bitsPerPixel} over all
     * bands) and the float planes of the {@code channels} channels kept.
     */
    static long needed(long fileBytes, long width, long height, int bitsPerPixel, int channels) {
        long pixels = width * height;
        return fileBytes + (pixels * bitsPerPixel + 7) / 8 + pixels * channels * (long) Float.BYTES;
    }

    /** @throws InputException when decoding needs more than the budget */
    void check(long needed, String what, String location, Path file) {
        if (needed > bytes) {
            String image = location == null ? "Image " + file : location + ": image " + file;
            throw new InputException(image + " " + what + " needs " + megabytes(needed) + " MB to decode, more than"
                    + " the budget of " + (bytes >> 20) + " MB per image (" + origin + "). Raise -Xmx (MAVEN_OPTS)"
                    + " or downscale the image" + (location == null ? "." : ", or remove the row."));
        }
    }

    /** Megabytes (2^20 bytes), rounded up: a need is never understated. */
    static long megabytes(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }
}

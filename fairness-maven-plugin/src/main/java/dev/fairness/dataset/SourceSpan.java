package dev.fairness.dataset;

/**
 * Which source pixels a resampling axis reads: output {@code i} reads {@code count[i]} sources from
 * {@code first[i]}. Shared by the float resampler and PIL's fixed-point one, so both crop the rows they need alike.
 */
final class SourceSpan {
    private SourceSpan() {
    }

    /** The lowest source index any output reads. */
    static int lowest(int[] first) {
        int lowest = Integer.MAX_VALUE;
        for (int f : first) {
            lowest = Math.min(lowest, f);
        }
        return lowest;
    }

    /** One past the highest source index any output reads. */
    static int end(int[] first, int[] count) {
        int end = 0;
        for (int i = 0; i < first.length; i++) {
            end = Math.max(end, first[i] + count[i]);
        }
        return end;
    }
}

package dev.fairness.metrics;

/**
 * The weights (draw counts) by slot that one {@link ReplicatePass} reads: either given whole, or drawn stratum by
 * stratum in chunks of {@value #CHUNK} slots just before the pass reads them, so that the draws land in a buffer
 * that stays in the L1 cache and the pass reads them from there (no weight array of the test set's size written
 * and read back through memory).
 *
 * <p><b>The law is the stratum's multinomial.</b> Resampling a stratum of {@code m} slots draws {@code m} slots
 * uniformly with replacement. Drawn in chunks, the number of draws that land in the next chunk of {@code c} of the
 * {@code left} slots not yet filled is {@code Binomial(draws left, c / left)}, and those draws are uniform within
 * the chunk: the conditional decomposition of the same multinomial, so every replicate has exactly the law of
 * drawing the {@code m} slots one by one ({@link #drawStratum}; tested in {@code SlotWeightsTest}).
 * Not thread-safe: one per thread.
 */
final class SlotWeights {
    /** Slots per chunk: 16 KB of counts, with the chunk's 32 KB of scores about what an L1 data cache holds. */
    static final int CHUNK = 4096;

    private final int[] chunk = new int[CHUNK];
    private int[] buffer;
    private int offset;
    private int end;
    private SplitMix64 random;
    private int[] record;
    private int stratumEnd;
    private int drawsLeft;

    /** Reads the given weights (by slot); no drawing. */
    SlotWeights given(int[] weights) {
        buffer = weights;
        offset = 0;
        end = Integer.MAX_VALUE;
        random = null;
        return this;
    }

    /**
     * Draws every stratum the pass starts from {@code random}; also copies the draws into {@code record} (by slot)
     * when it is not null, for a later pass over the same replicate in another layout.
     */
    SlotWeights drawing(SplitMix64 random, int[] record) {
        this.random = random;
        this.record = record;
        buffer = chunk;
        offset = 0;
        end = 0;
        return this;
    }

    /** The pass starts the stratum of slots {@code [from, to)}; when drawing, its draws start. */
    void stratum(int from, int to) {
        if (random == null) {
            return;
        }
        offset = from;
        end = from;
        stratumEnd = to;
        drawsLeft = to - from;
    }

    /** Weights of slots {@code [offset(), end())}: {@code buffer()[slot - offset()]}. */
    int[] buffer() {
        return buffer;
    }

    int offset() {
        return offset;
    }

    int end() {
        return end;
    }

    /** Draws the next chunk of the current stratum (call when the pass reaches {@link #end()}). */
    void next() {
        int size = Math.min(CHUNK, stratumEnd - end);
        java.util.Arrays.fill(chunk, 0, size, 0);
        drawsLeft -= drawChunk(random, chunk, 0, size, stratumEnd - end, drawsLeft);
        offset = end;
        end += size;
        if (record != null) {
            System.arraycopy(chunk, 0, record, offset, size);
        }
    }

    /**
     * Draws a whole stratum of {@code m} slots at {@code weights[from .. from + m)} (zeroed first), chunk by chunk
     * exactly as a pass drawing it would: the same counts from the same generator state.
     */
    static void drawStratum(SplitMix64 random, int[] weights, int from, int m) {
        java.util.Arrays.fill(weights, from, from + m, 0);
        int draws = m;
        for (int c = 0; c < m; c += CHUNK) {
            int size = Math.min(CHUNK, m - c);
            draws -= drawChunk(random, weights, from + c, size, m - c, draws);
        }
    }

    /** Of {@code draws} draws over {@code left} slots, those that land in the next {@code size}: added in place. */
    private static int drawChunk(SplitMix64 random, int[] weights, int from, int size, int left, int draws) {
        int here = size == left ? draws : random.binomial(draws, (double) size / left);
        random.scatter(weights, from, size, here);
        return here;
    }
}

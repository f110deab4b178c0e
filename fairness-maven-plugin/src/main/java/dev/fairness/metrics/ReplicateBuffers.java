package dev.fairness.metrics;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * One worker's pass buffers, reused by every chunk of replicates it runs ({@link ReplicateChunk}), of every label:
 * the running sums of the passes (7.2 MB for two replicates of a 1,000,000-row overall line), the draw buffers and
 * the whole-replicate weights of a grouping's own overall line. Why: allocated per chunk instead, 96 chunks of the
 * 1,000,000-row job made some 0.7 GB of large arrays that lived until the next collection and raised the peak
 * memory. Every buffer is overwritten (or cleared) before it is read, so which worker's buffers a chunk gets changes
 * no bit. Not thread-safe: a chunk takes one set from a {@link Pool} and gives it back.
 */
final class ReplicateBuffers {
    final ReplicatePass pass = new ReplicatePass();
    final ReplicatePairPass pairPass = new ReplicatePairPass();
    final OverallAucPass overallAuc = new OverallAucPass();
    final SlotWeights drawn = new SlotWeights();
    final SlotWeights drawnSecond = new SlotWeights();
    final SlotWeights given = new SlotWeights();
    private int[] record = new int[0];
    private int[] overallWeights = new int[0];

    /** A replicate's draws by slot, at least {@code n} slots (every slot rewritten by each replicate). */
    int[] record(int n) {
        if (record.length < n) {
            record = new int[n];
        }
        return record;
    }

    /** The draws moved to the overall layout, at least {@code n} slots (every slot rewritten by each replicate). */
    int[] overallWeights(int n) {
        if (overallWeights.length < n) {
            overallWeights = new int[n];
        }
        return overallWeights;
    }

    /** The idle buffer sets of one {@link Bootstrap}: at most one per worker thread is ever made. */
    static final class Pool {
        private final ConcurrentLinkedDeque<ReplicateBuffers> idle = new ConcurrentLinkedDeque<>();

        ReplicateBuffers take() {
            ReplicateBuffers b = idle.pollFirst();
            return b != null ? b : new ReplicateBuffers();
        }

        void giveBack(ReplicateBuffers b) {
            idle.addFirst(b);
        }
    }
}

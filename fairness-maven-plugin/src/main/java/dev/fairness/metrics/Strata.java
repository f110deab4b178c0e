package dev.fairness.metrics;

/**
 * The bootstrap strata of one grouping of one label: each group's rows of each true class (and the rows in no
 * group, by class, as strata of their own). Resampling within each stratum keeps every group's size and its
 * numbers of positives and negatives exactly as in the test set, so no group can vanish from a replicate or lose
 * its positives. For the overall line, the one block of all rows: strata by class alone.
 *
 * <p>{@link #draw} makes the whole draw of one replicate at once, exactly as the bootstrap's passes make it stratum
 * by stratum ({@link SlotWeights}): what tests recompute a replicate from. With the weight slots of
 * {@link GroupBlocks#withSlotLayout()} every stratum is one contiguous run of slots, so a replicate counts its draws
 * straight into the weights: no member list, no scatter. Strata come block by block,
 * negatives first: the order depends on the data only, never on threads.
 */
final class Strata {
    private final int[] starts;

    private Strata(int[] starts) {
        this.starts = starts;
    }

    /** Each block of {@code blocks} (with their slot layout) split by class. Empty strata are left out. */
    static Strata of(GroupBlocks blocks) {
        int[] blockStarts = blocks.starts();
        int[] starts = new int[2 * (blockStarts.length - 1) + 1];
        int strata = 0;
        for (int b = 0; b + 1 < blockStarts.length; b++) {
            int split = blockStarts[b] + blocks.negatives(b);
            if (split > blockStarts[b]) {
                starts[strata++] = blockStarts[b]; // the block's negatives
            }
            if (blockStarts[b + 1] > split) {
                starts[strata++] = split; // its positives
            }
        }
        starts[strata] = blockStarts[blockStarts.length - 1];
        // strata are contiguous and cover every slot: each one ends where the next starts
        return new Strata(java.util.Arrays.copyOf(starts, strata + 1));
    }

    int count() {
        return starts.length - 1;
    }

    int size(int stratum) {
        return starts[stratum + 1] - starts[stratum];
    }

    /**
     * Draws one replicate into {@code weights} (by slot): each stratum of {@code m} slots draws {@code m} of them
     * uniformly with replacement (a multinomial) and counts the draws in place, chunk by chunk exactly as the
     * bootstrap's passes draw them ({@link SlotWeights#drawStratum}).
     */
    void draw(SplitMix64 random, int[] weights) {
        for (int s = 0; s < starts.length - 1; s++) {
            int from = starts[s];
            int m = starts[s + 1] - from;
            SlotWeights.drawStratum(random, weights, from, m);
        }
    }
}

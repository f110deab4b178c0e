package dev.fairness.metrics;

/**
 * The bootstrap strata of one grouping of one label: each group's rows of each true class (and the rows in no
 * group, by class, as strata of their own). Resampling within each stratum keeps every group's size and its
 * numbers of positives and negatives exactly as in the test set, so no group can vanish from a replicate or lose
 * its positives. For the overall line, the one block of all rows: strata by class alone.
 *
 * <p>Strata hold block indices of a {@link GroupBlocks}, so a replicate's weights land in the order the pass
 * reads. Strata are numbered block by block and list their indices in ascending order: both depend on the data
 * only, never on threads.
 */
final class Strata {
    private final int[] members;
    private final int[] starts;

    private Strata(int[] members, int[] starts) {
        this.members = members;
        this.starts = starts;
    }

    /** Each block of {@code blocks} split by class: negatives, then positives. Empty strata are left out. */
    static Strata of(GroupBlocks blocks) {
        boolean[] truth = blocks.truth();
        int[] blockStarts = blocks.starts();
        int n = truth.length;
        int[] members = new int[n];
        int[] starts = new int[2 * (blockStarts.length - 1) + 1];
        int strata = 0;
        int filled = 0;
        for (int b = 0; b + 1 < blockStarts.length; b++) {
            for (int cls = 0; cls < 2; cls++) {
                boolean positive = cls == 1;
                int before = filled;
                for (int i = blockStarts[b]; i < blockStarts[b + 1]; i++) {
                    if (truth[i] == positive) {
                        members[filled++] = i;
                    }
                }
                if (filled > before) {
                    starts[strata++] = before;
                }
            }
        }
        starts[strata] = filled;
        return new Strata(members, java.util.Arrays.copyOf(starts, strata + 1));
    }

    int count() {
        return starts.length - 1;
    }

    int size(int stratum) {
        return starts[stratum + 1] - starts[stratum];
    }

    /** The size of the largest stratum: the scratch {@link #draw} needs. */
    int largest() {
        int largest = 0;
        for (int s = 0; s < count(); s++) {
            largest = Math.max(largest, size(s));
        }
        return largest;
    }

    /**
     * Draws one replicate: each stratum of {@code m} rows draws {@code m} of them uniformly with replacement
     * (a multinomial), and every row's draw count is written to {@code weights} (block order). Draws are counted
     * in the stratum's own array first and then scattered in ascending order, which keeps the random accesses
     * inside one stratum-sized block.
     *
     * @param counts scratch of at least {@link #largest()} entries
     */
    void draw(SplitMix64 random, int[] weights, int[] counts) {
        for (int s = 0; s < starts.length - 1; s++) {
            int from = starts[s];
            int m = starts[s + 1] - from;
            java.util.Arrays.fill(counts, 0, m, 0);
            int j = 0;
            for (; j + 1 < m; j += 2) { // two draws per 64 random bits
                long bits = random.nextLong();
                counts[random.bounded(bits >>> 32, m)]++;
                counts[random.bounded(bits & 0xFFFFFFFFL, m)]++;
            }
            if (j < m) {
                counts[random.nextInt(m)]++;
            }
            for (int k = 0; k < m; k++) {
                weights[members[from + k]] = counts[k];
            }
        }
    }
}

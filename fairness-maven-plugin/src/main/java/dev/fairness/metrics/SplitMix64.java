package dev.fairness.metrics;

/**
 * The SplitMix64 generator (Steele, Lea and Flood 2014; the generator behind {@link java.util.SplittableRandom})
 * with Lemire's unbiased multiply-and-reject bounded integers, which avoid a division per draw. Each bootstrap
 * replicate gets its own generator seeded from (seed, label, replicate index), so that a replicate's draws never
 * depend on which thread runs it or in what order. Not thread-safe; one per replicate.
 */
final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** The generator of one replicate: a mix of the seed, a per-label salt and the replicate's index. */
    static SplitMix64 forReplicate(long seed, long labelSalt, int replicate) {
        return new SplitMix64(mix64(mix64(seed ^ labelSalt) + GOLDEN_GAMMA * (replicate + 1L)));
    }

    /** A stable 64-bit salt for a label name, so that a label's draws do not depend on the other labels. */
    static long salt(String label) {
        long h = 1125899906842597L;
        for (int i = 0; i < label.length(); i++) {
            h = 31 * h + label.charAt(i);
        }
        return mix64(h);
    }

    long nextLong() {
        return mix64(state += GOLDEN_GAMMA);
    }

    /** Uniform in {@code [0, bound)}, unbiased (Lemire 2019). */
    int nextInt(int bound) {
        return bounded(nextLong() >>> 32, bound);
    }

    /**
     * Maps 32 random bits to {@code [0, bound)} without bias: multiply and keep the high half (Lemire 2019),
     * rejecting the rare low halves that would favour some results and drawing fresh bits for them.
     *
     * @param bits 32 uniform random bits, in the low half of the long
     */
    int bounded(long bits, int bound) {
        long m = bits * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /**
     * Adds {@code m} draws, uniform with replacement over {@code weights[from .. from + m)}, to those weights: the
     * multinomial of one stratum. The same draws as {@link #nextLong()} and {@link #bounded(long, int)} would give
     * (two per 64 bits, high half first), with the state kept in a local for the loop instead of a field that every
     * draw would store and reload.
     */
    void countDraws(int[] weights, int from, int m) {
        long s = state;
        long threshold = (0x1_0000_0000L - m) % m;
        int j = 0;
        for (; j + 1 < m; j += 2) {
            long bits = mix64(s += GOLDEN_GAMMA);
            long a = (bits >>> 32) * m;
            long b = (bits & 0xFFFFFFFFL) * m;
            if ((a & 0xFFFFFFFFL) < threshold || (b & 0xFFFFFFFFL) < threshold) {
                state = s; // rare: redo this pair exactly as bounded() would
                weights[from + bounded(bits >>> 32, m)]++;
                weights[from + bounded(bits & 0xFFFFFFFFL, m)]++;
                s = state;
                continue;
            }
            weights[from + (int) (a >>> 32)]++;
            weights[from + (int) (b >>> 32)]++;
        }
        state = s;
        if (j < m) {
            weights[from + nextInt(m)]++;
        }
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

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
     * Adds {@code draws} draws, uniform with replacement over {@code weights[from .. from + slots)}, to those weights.
     * Over a power of two of slots a draw is that many random bits, several per 64-bit step and never rejected
     * ({@link #scatterOverPowerOfTwo}); otherwise two per step, the same bits and rejections as {@link #nextLong()}
     * and {@link #bounded(long, int)} would give (high half first), with the state kept in a local for the loop.
     */
    void scatter(int[] weights, int from, int slots, int draws) {
        if (draws <= 0) {
            return;
        }
        if (Integer.bitCount(slots) == 1) {
            scatterOverPowerOfTwo(weights, from, slots, draws);
            return;
        }
        long s = state;
        long threshold = (0x1_0000_0000L - slots) % slots;
        int j = 0;
        for (; j + 1 < draws; j += 2) {
            long bits = mix64(s += GOLDEN_GAMMA);
            long a = (bits >>> 32) * slots;
            long b = (bits & 0xFFFFFFFFL) * slots;
            if ((a & 0xFFFFFFFFL) < threshold || (b & 0xFFFFFFFFL) < threshold) {
                state = s; // rare: redo this pair exactly as bounded() would
                weights[from + bounded(bits >>> 32, slots)]++;
                weights[from + bounded(bits & 0xFFFFFFFFL, slots)]++;
                s = state;
                continue;
            }
            weights[from + (int) (a >>> 32)]++;
            weights[from + (int) (b >>> 32)]++;
        }
        state = s;
        if (j < draws) {
            weights[from + nextInt(slots)]++;
        }
    }

    /**
     * {@link #scatter} over {@code 2^b} slots: each 64-bit step gives {@code 64 / b} draws of {@code b} bits, low
     * bits first (exactly uniform: every slot is one of the {@code 2^b} bit patterns). A full chunk of the bootstrap
     * ({@link SlotWeights#CHUNK}, 12 bits) gets 5 draws per step instead of 2.
     */
    void scatterOverPowerOfTwo(int[] weights, int from, int slots, int draws) {
        int bits = Integer.numberOfTrailingZeros(slots);
        if (bits == 0) {
            weights[from] += draws;
            return;
        }
        int perStep = 64 / bits;
        long mask = slots - 1;
        long s = state;
        int left = draws;
        if (bits == 12) { // the bootstrap's full chunks, unrolled
            for (; left >= 5; left -= 5) {
                long r = mix64(s += GOLDEN_GAMMA);
                weights[from + (int) (r & 4095)]++;
                weights[from + (int) ((r >>> 12) & 4095)]++;
                weights[from + (int) ((r >>> 24) & 4095)]++;
                weights[from + (int) ((r >>> 36) & 4095)]++;
                weights[from + (int) ((r >>> 48) & 4095)]++;
            }
        }
        while (left > 0) {
            long r = mix64(s += GOLDEN_GAMMA);
            for (int i = Math.min(perStep, left); i > 0; i--, left--) {
                weights[from + (int) (r & mask)]++;
                r >>>= bits;
            }
        }
        state = s;
    }

    /** Uniform in [0, 1), 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * An exact Binomial(n, p) draw by inversion, searching outward from the mode (Kemp 1986): about
     * {@code 2 |X - mode|} steps, a few hundred even for a million rows, and one uniform per draw.
     */
    int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        int mode = (int) Math.min(n, Math.floor((n + 1) * p));
        double atMode = Math.exp(logFactorial(n) - logFactorial(mode) - logFactorial(n - mode)
                + mode * Math.log(p) + (n - mode) * Math.log1p(-p));
        double odds = p / (1 - p);
        double u = nextDouble();
        if (u < atMode) {
            return mode;
        }
        u -= atMode;
        int lo = mode;
        int hi = mode;
        double below = atMode;
        double above = atMode;
        while (lo > 0 || hi < n) {
            if (hi < n) {
                above *= (double) (n - hi) / (hi + 1) * odds;
                hi++;
                if (u < above) {
                    return hi;
                }
                u -= above;
            }
            if (lo > 0) {
                below *= (double) lo / (n - lo + 1) / odds;
                lo--;
                if (u < below) {
                    return lo;
                }
                u -= below;
            }
        }
        return mode; // rounding left a sliver of probability unassigned
    }

    private static final double[] LOG_FACTORIALS = new double[128];

    static {
        for (int k = 2; k < LOG_FACTORIALS.length; k++) {
            LOG_FACTORIALS[k] = LOG_FACTORIALS[k - 1] + Math.log(k);
        }
    }

    /** ln k!: a table below 128, Stirling's series above (error below 1e-15 there). */
    static double logFactorial(int k) {
        if (k < LOG_FACTORIALS.length) {
            return LOG_FACTORIALS[k];
        }
        double x = k;
        double inverse = 1 / x;
        double inverse2 = inverse * inverse;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x)
                + inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 / 1260));
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

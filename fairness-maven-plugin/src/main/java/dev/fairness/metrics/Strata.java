package dev.fairness.metrics;

import java.util.HashMap;
import java.util.Map;

/**
 * The bootstrap strata of one label: rows that share their group in <em>every</em> grouping (rows in no group of
 * a grouping sharing that too) and their true class. Resampling within each stratum keeps every group's size and
 * its numbers of positives and negatives exactly as in the test set, so no group of any grouping, intersections
 * included, can vanish from a replicate or lose all its positives.
 *
 * <p>Strata hold sorted positions (not row numbers) so that a replicate's weights are drawn straight into the
 * order the pass reads. Strata are numbered by first appearance in score order and list their positions in
 * ascending order: both depend on the data only, never on threads.
 */
final class Strata {
    private final int[] members;
    private final int[] starts;

    private Strata(int[] members, int[] starts) {
        this.members = members;
        this.starts = starts;
    }

    static Strata of(PassLayout layout) {
        int n = layout.size();
        boolean[] truth = layout.label().sortedTruth();
        int[] stratumOf = new int[n];
        for (int i = 0; i < n; i++) {
            stratumOf[i] = truth[i] ? 1 : 0;
        }
        int count = 2;
        for (int w = 0; w < layout.words(); w++) {
            Map<Long, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long key = ((long) stratumOf[i] << Integer.SIZE) | (layout.word(w, i) & 0xFFFFFFFFL);
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                }
                stratumOf[i] = id;
            }
            count = ids.size();
        }
        if (layout.words() == 0) {
            // only the class: renumber by first appearance
            int[] renumber = {-1, -1};
            int next = 0;
            for (int i = 0; i < n; i++) {
                int c = stratumOf[i];
                if (renumber[c] < 0) {
                    renumber[c] = next++;
                }
                stratumOf[i] = renumber[c];
            }
            count = next;
        }
        int[] starts = new int[count + 1];
        for (int i = 0; i < n; i++) {
            starts[stratumOf[i] + 1]++;
        }
        for (int s = 0; s < count; s++) {
            starts[s + 1] += starts[s];
        }
        int[] fill = java.util.Arrays.copyOf(starts, count);
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            members[fill[stratumOf[i]]++] = i;
        }
        return new Strata(members, starts);
    }

    int count() {
        return starts.length - 1;
    }

    int size(int stratum) {
        return starts[stratum + 1] - starts[stratum];
    }

    /**
     * Adds one replicate's draw counts to {@code sortedWeights}: each stratum of {@code m} positions draws
     * {@code m} of them uniformly with replacement. The caller zeroes the weights first.
     */
    void draw(SplitMix64 random, int[] sortedWeights) {
        for (int s = 0; s < starts.length - 1; s++) {
            int from = starts[s];
            int m = starts[s + 1] - from;
            if (m == 1) {
                sortedWeights[members[from]]++;
                continue;
            }
            for (int j = 0; j < m; j++) {
                sortedWeights[members[from + random.nextInt(m)]]++;
            }
        }
    }
}

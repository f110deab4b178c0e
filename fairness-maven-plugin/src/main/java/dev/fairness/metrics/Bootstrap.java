package dev.fairness.metrics;

import dev.fairness.groups.Grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Stratified bootstrap replicates of every metric of one label, overall and per group of every grouping.
 *
 * <p>Each replicate resamples rows with replacement within {@link Strata} (all groupings' groups x true class),
 * as integer draw counts per row, and recomputes everything with one weighted pass over the label's existing sort
 * ({@link PassLayout}): no sort and no per-group work inside the replicate loop. Replicate {@code r} draws from
 * its own generator seeded by (seed, label name, {@code r}); replicates are split into contiguous chunks run in
 * parallel, each writing its own slots, so the result is identical on every run and for every thread count.
 *
 * <p>The operating threshold stays the one of the full test set in every replicate: intervals are conditional
 * on the chosen threshold.
 */
public final class Bootstrap {
    private static final int METRICS = Metric.values().length;
    private static final int CHUNKS_PER_THREAD = 4;

    private final BootstrapSettings settings;
    private final int threads;

    /**
     * @param settings replicates (at least 1), confidence level and seed
     * @param threads  threads to run replicates on; the result does not depend on it
     */
    public Bootstrap(BootstrapSettings settings, int threads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (!settings.enabled()) {
            throw new IllegalArgumentException("the bootstrap needs at least one replicate");
        }
        this.threads = Math.max(1, threads);
    }

    public BootstrapSettings settings() {
        return settings;
    }

    /**
     * Runs every replicate of one label.
     *
     * @param label     the label's name (part of the seed, so that its draws do not depend on other labels)
     * @param sorted    the label's rows, sorted once
     * @param threshold the operating threshold
     * @param groupings the groupings of the point estimate, in the same order
     */
    public BootstrapReplicates run(String label, SortedLabel sorted, double threshold, List<Grouping> groupings) {
        Objects.requireNonNull(sorted, "sorted");
        PassLayout layout = layout(sorted, groupings);
        Strata strata = Strata.of(layout);
        int replicates = settings.replicates();
        int cells = layout.ids() * METRICS;
        double[][] values = new double[cells][replicates];
        long salt = SplitMix64.salt(label);
        int chunks = Math.min(replicates, threads * CHUNKS_PER_THREAD);
        List<String[]> reasons = Parallel.map(chunks, threads, chunk -> {
            int from = (int) ((long) replicates * chunk / chunks);
            int to = (int) ((long) replicates * (chunk + 1) / chunks);
            return runChunk(layout, strata, threshold, salt, from, to, values);
        });
        String[] firstReasons = new String[cells];
        for (String[] chunkReasons : reasons) { // chunks in replicate order: the first reason wins
            for (int c = 0; c < cells; c++) {
                if (firstReasons[c] == null) {
                    firstReasons[c] = chunkReasons[c];
                }
            }
        }
        return new BootstrapReplicates(settings, names(groupings), groupNames(groupings), values, firstReasons);
    }

    private String[] runChunk(PassLayout layout, Strata strata, double threshold, long salt, int from, int to,
                              double[][] values) {
        int[] weights = new int[layout.size()];
        String[] reasons = new String[values.length];
        for (int r = from; r < to; r++) {
            Arrays.fill(weights, 0);
            strata.draw(SplitMix64.forReplicate(settings.seed(), salt, r), weights);
            GroupTally[][] tallies = MetricsPass.run(layout, threshold, weights);
            store(MetricFormulas.evaluate(tallies[0][0]), 0, r, values, reasons);
            for (int k = 0; k < layout.groupings(); k++) {
                for (int g = 0; g < layout.groupCount(k); g++) {
                    store(MetricFormulas.evaluate(tallies[k + 1][g]), layout.offset(k) + g, r, values, reasons);
                }
            }
        }
        return reasons;
    }

    private static void store(EnumMap<Metric, MetricValue> metrics, int id, int replicate, double[][] values,
                              String[] reasons) {
        for (Metric m : Metric.values()) {
            MetricValue v = metrics.get(m);
            int cell = id * METRICS + m.ordinal();
            values[cell][replicate] = v.value();
            if (!v.isDefined() && reasons[cell] == null) {
                reasons[cell] = v.undefinedReason();
            }
        }
    }

    private static PassLayout layout(SortedLabel sorted, List<Grouping> groupings) {
        int[][] groupOfs = new int[groupings.size()][];
        int[] groupCounts = new int[groupings.size()];
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < groupings.size(); k++) {
            Grouping g = groupings.get(k);
            if (g.size() != sorted.size()) {
                throw new IllegalArgumentException("grouping '" + g.name() + "' has " + g.size()
                        + " rows but the label has " + sorted.size());
            }
            if (!seen.add(g.name())) {
                throw new IllegalArgumentException("grouping '" + g.name() + "' is given twice");
            }
            groupOfs[k] = g.groupOf();
            groupCounts[k] = g.groupCount();
        }
        return PassLayout.of(sorted, groupOfs, groupCounts);
    }

    private static List<String> names(List<Grouping> groupings) {
        List<String> names = new ArrayList<>();
        groupings.forEach(g -> names.add(g.name()));
        return names;
    }

    private static List<List<String>> groupNames(List<Grouping> groupings) {
        List<List<String>> names = new ArrayList<>();
        groupings.forEach(g -> names.add(g.groupNames()));
        return names;
    }
}

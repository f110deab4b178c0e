package dev.fairness.metrics;

import dev.fairness.groups.Grouping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Stratified bootstrap replicates of every metric of one label, overall and per group of every grouping.
 *
 * <p><b>Strata.</b> Each grouping is resampled on its own, stratified by its groups and the true class
 * ({@link Strata}): every group keeps its size and its numbers of positives and negatives in every replicate, so
 * no group can vanish or lose its positives, and a grouping's gaps are computed on its own replicates. The overall
 * line is resampled stratified by class. One resample stratified by the intersection of all groupings would be
 * cheaper, but with fine or many groupings the intersection's strata shrink to a few rows, and resampling a
 * stratum of {@code m} rows keeps only {@code (m - 1) / m} of its variance: intervals would come out too narrow
 * exactly on the small test sets that need them most.
 *
 * <p><b>Counted rates.</b> PPV, NPV, accuracy, F1 and selection rate are not drawn from the rows: each block's
 * confusion cells are redrawn on a stream of their own ({@link SmoothedCells}).
 *
 * <p><b>Speed.</b> A replicate is integer draw counts per row (a multinomial per stratum), and every metric is
 * recomputed from the label's one sort: each group is a contiguous block of {@link GroupBlocks}, its negatives and
 * positives two streams read by one pass each ({@link ReplicatePass}). The draws are made chunk by chunk as the
 * pass reads them ({@link SlotWeights}): they stay in the L1 cache, and no weight array of the test set's size is
 * written and read back. No sort, no per-group search inside the replicate loop. Replicates go two by two: one
 * pass reads a block's scores once for both ({@link ReplicatePairPass}), each with its own draws and sums; each
 * thread runs a chunk of replicates ({@link ReplicateChunk}).
 * A grouping's own overall line (what {@code toOverall} gaps compare with) costs one more pass per replicate and
 * is computed only for the groupings that need it.
 *
 * <p><b>Determinism.</b> The draws of replicate {@code r} of one grouping of one label come from their own
 * generator, seeded by (seed, label name, grouping name, {@code r}). Replicates are split into contiguous chunks
 * run in parallel, each writing its own slots, so the result is identical on every run and for every thread count,
 * and adding a label or a grouping does not change the others' intervals.
 *
 * <p>The operating threshold stays the one of the full test set in every replicate: intervals are conditional
 * on the chosen threshold.
 */
public final class Bootstrap {
    private static final int METRICS = Metric.values().length;
    /** Enough chunks that a thread slowed down by another process leaves little idle time at a label's end. */
    private static final int CHUNKS_PER_THREAD = 16;

    private final BootstrapSettings settings;
    private final int threads;
    /** The workers' pass buffers, reused by every chunk and label rather than made per chunk. */
    private final ReplicateBuffers.Pool buffers = new ReplicateBuffers.Pool();

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
     * One resampling scheme: the blocks it draws in (its strata: each block's negatives, then its positives), its
     * seed salt, the id of its first value cell, whether it computes its own overall line, and then its block of
     * every slot of the overall layout ({@link OverallAucPass#blocksBySlot}; null otherwise).
     */
    record Scheme(GroupBlocks blocks, long salt, int baseId, boolean ownOverall, boolean isOverall,
                  int[] blockOfSlot) {
    }

    /** Runs every replicate of one label, with every grouping's own overall line. */
    public BootstrapReplicates run(String label, SortedLabel sorted, double threshold, List<Grouping> groupings) {
        Set<String> all = new HashSet<>();
        groupings.forEach(g -> all.add(g.name()));
        return run(label, sorted, threshold, groupings, all);
    }

    /**
     * Runs every replicate of one label.
     *
     * @param label       the label's name (part of the seed, so that its draws do not depend on other labels)
     * @param sorted      the label's rows, sorted once
     * @param threshold   the operating threshold
     * @param groupings   the groupings of the point estimate, in the same order
     * @param ownOverall  the groupings whose replicates also recompute the overall line, for {@code toOverall} gaps
     */
    public BootstrapReplicates run(String label, SortedLabel sorted, double threshold, List<Grouping> groupings,
                                   Set<String> ownOverall) {
        Objects.requireNonNull(sorted, "sorted");
        GroupBlocks[] blocks = blocks(sorted, groupings);
        long labelSalt = SplitMix64.salt(label);
        // the slot layouts of the overall line and of every grouping, laid out in parallel
        List<GroupBlocks> laidOut = Parallel.map(groupings.size() + 1, threads,
                k -> k == 0 ? GroupBlocks.overall(sorted).withSlotLayout() : blocks[k - 1].withSlotLayout());
        GroupBlocks all = laidOut.get(0);
        List<Scheme> schemes = new ArrayList<>();
        schemes.add(new Scheme(all, SplitMix64.mix64(labelSalt), 0, false, true, null));
        int id = 1;
        boolean[] hasOwnOverall = new boolean[groupings.size()];
        for (int k = 0; k < groupings.size(); k++) {
            hasOwnOverall[k] = ownOverall.contains(groupings.get(k).name());
            GroupBlocks slotted = laidOut.get(k + 1);
            schemes.add(new Scheme(slotted,
                    SplitMix64.mix64(labelSalt ^ SplitMix64.salt(groupings.get(k).name())), id, hasOwnOverall[k], false,
                    hasOwnOverall[k] ? OverallAucPass.blocksBySlot(slotted, all) : null));
            id += 1 + groupings.get(k).groupCount();
        }
        // every block's confusion cells, from which the counted rates' replicates are drawn (SmoothedCells)
        List<SmoothedCells> cellsOf = Parallel.map(schemes.size(), threads,
                k -> SmoothedCells.of(schemes.get(k).blocks(), threshold));
        int cells = id * METRICS;
        int replicates = settings.replicates();
        double[][] values = new double[cells][];
        for (int c = 0; c < cells; c++) {
            values[c] = new double[replicates];
        }
        // chunks of whole pairs of replicates, which one pass reads at once (ReplicatePairPass)
        int pairs = (replicates + 1) / 2;
        int chunks = Math.min(pairs, threads * CHUNKS_PER_THREAD);
        List<String[]> reasons = Parallel.map(chunks, threads, chunk -> {
            int from = Math.min(replicates, 2 * (int) ((long) pairs * chunk / chunks));
            int to = Math.min(replicates, 2 * (int) ((long) pairs * (chunk + 1) / chunks));
            ReplicateBuffers mine = buffers.take();
            try {
                return ReplicateChunk.run(settings.seed(), schemes, cellsOf, all, threshold, from, to, values, mine);
            } finally {
                buffers.giveBack(mine);
            }
        });
        String[] firstReasons = new String[cells];
        for (String[] chunkReasons : reasons) { // chunks in replicate order: the first reason wins
            for (int c = 0; c < cells; c++) {
                if (firstReasons[c] == null) {
                    firstReasons[c] = chunkReasons[c];
                }
            }
        }
        return new BootstrapReplicates(settings, groupings.stream().map(Grouping::name).toList(),
                groupings.stream().map(Grouping::groupNames).toList(), hasOwnOverall, values,
                firstReasons, points(schemes, all, threshold, cells));
    }

    /**
     * Every cell's value on the test set itself, by the same pass with every row drawn once: what the gaps'
     * simultaneous intervals are centred on.
     */
    private static double[] points(List<Scheme> schemes, GroupBlocks all, double threshold, int cells) {
        int n = all.size();
        int[] ones = new int[n];
        java.util.Arrays.fill(ones, 1);
        int[] overallWeights = new int[n];
        double[][] values = new double[cells][1];
        String[] reasons = new String[cells];
        ReplicatePass pass = new ReplicatePass();
        for (Scheme scheme : schemes) {
            GroupBlocks b = scheme.blocks();
            if (scheme.isOverall()) {
                ReplicateChunk.store(pass.tally(b, 0, ones, threshold), 0, 0, values, reasons, Set.of());
                continue;
            }
            for (int g = 0; g < b.groupCount(); g++) {
                ReplicateChunk.store(pass.tally(b, g, ones, threshold), scheme.baseId() + 1 + g, 0, values, reasons,
                        Set.of());
            }
            if (scheme.ownOverall()) {
                b.moveWeights(ones, all, overallWeights);
                ReplicateChunk.store(pass.tally(all, 0, overallWeights, threshold), scheme.baseId(), 0, values, reasons,
                        Set.of());
            }
        }
        double[] points = new double[cells];
        for (int c = 0; c < cells; c++) {
            points[c] = values[c][0];
        }
        return points;
    }

    private static GroupBlocks[] blocks(SortedLabel sorted, List<Grouping> groupings) {
        List<int[]> groupOfs = new ArrayList<>();
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
            groupOfs.add(g.groupOf());
            groupCounts[k] = g.groupCount();
        }
        return GroupBlocks.of(sorted, groupOfs, groupCounts);
    }
}

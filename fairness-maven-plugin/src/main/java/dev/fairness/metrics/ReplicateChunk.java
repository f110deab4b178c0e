package dev.fairness.metrics;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One thread's run of a contiguous chunk of a label's bootstrap replicates ({@link Bootstrap}), on that thread's
 * buffers ({@link ReplicateBuffers}), and the order of every replicate's draws. A scheme without an overall line
 * of its own goes two replicates at a time through one {@link ReplicatePairPass}; one with it, and an odd chunk's last
 * replicate, one at a time through {@link ReplicatePass}. Both give every replicate the same bits. Each chunk writes
 * only its own replicates' slots of {@code values}.
 */
final class ReplicateChunk {
    private static final int METRICS = Metric.values().length;
    /** The counted rates, whose replicates are redrawn from the block's confusion cells, not from its rows. */
    static final Set<Metric> DRAWN_FROM_CELLS = EnumSet.copyOf(List.of(SmoothedCells.METRICS));

    /**
     * Runs replicates {@code [from, to)} of every scheme into {@code values} with one worker's {@code buffers};
     * returns each cell's first reason of an undefined replicate in this chunk (null where none).
     */
    static String[] run(long seed, List<Bootstrap.Scheme> schemes, List<SmoothedCells> cellsOf, GroupBlocks all,
                        double threshold, int from, int to, double[][] values, ReplicateBuffers buffers) {
        ReplicateChunk chunk = new ReplicateChunk(seed, schemes, cellsOf, all, threshold, values, buffers);
        for (int r = from; r < to; r++) {
            boolean paired = r + 1 < to;
            for (int s = 0; s < schemes.size(); s++) {
                // two replicates per pass where no replicate is read again in the overall layout (ReplicatePairPass)
                if (paired && !schemes.get(s).ownOverall()) {
                    chunk.pair(s, r);
                } else {
                    chunk.single(s, r);
                    if (paired) {
                        chunk.single(s, r + 1);
                    }
                }
            }
            if (paired) {
                r++;
            }
        }
        return chunk.reasons;
    }

    private final long seed;
    private final List<Bootstrap.Scheme> schemes;
    private final List<SmoothedCells> cellsOf;
    private final GroupBlocks all;
    private final double threshold;
    private final double[][] values;
    private final String[] reasons;
    // whole-replicate weights only where a grouping's replicate is read again as the overall line
    private final int[] record;
    private final int[] overallWeights;
    private final ReplicatePass pass;
    private final ReplicatePairPass pairPass;
    private final OverallAucPass overallAuc;
    private final SlotWeights drawn;
    private final SlotWeights drawnSecond;
    private final SlotWeights given;
    private final long[][] drawnCells;
    private final long[][] secondCells;

    private ReplicateChunk(long seed, List<Bootstrap.Scheme> schemes, List<SmoothedCells> cellsOf, GroupBlocks all,
                           double threshold, double[][] values, ReplicateBuffers buffers) {
        this.seed = seed;
        this.schemes = schemes;
        this.cellsOf = cellsOf;
        this.all = all;
        this.threshold = threshold;
        this.values = values;
        this.reasons = new String[values.length];
        boolean anyOwnOverall = schemes.stream().anyMatch(Bootstrap.Scheme::ownOverall);
        this.record = anyOwnOverall ? buffers.record(all.size()) : null;
        this.overallWeights = anyOwnOverall ? buffers.overallWeights(all.size()) : null;
        this.pass = buffers.pass;
        this.pairPass = buffers.pairPass;
        this.overallAuc = buffers.overallAuc;
        this.drawn = buffers.drawn;
        this.drawnSecond = buffers.drawnSecond;
        this.given = buffers.given;
        this.drawnCells = new long[schemes.size()][];
        this.secondCells = new long[schemes.size()][];
        for (int s = 0; s < schemes.size(); s++) {
            drawnCells[s] = cellsOf.get(s).newDraws();
            secondCells[s] = cellsOf.get(s).newDraws();
        }
    }

    /** Replicate {@code r} of scheme {@code s}. */
    void single(int s, int r) {
        Bootstrap.Scheme scheme = schemes.get(s);
        SplitMix64 random = SplitMix64.forReplicate(seed, scheme.salt(), r);
        GroupBlocks b = scheme.blocks();
        // the counted rates' cells redrawn, on a stream of their own (SmoothedCells)
        SmoothedCells cells = cellsOf.get(s);
        cells.draw(SmoothedCells.random(seed, scheme.salt(), r), drawnCells[s]);
        // each block's random class counts first, then the strata's draws as the passes read them
        ClassSplit[] splits = splits(random, b);
        SlotWeights weights = drawn.drawing(random, scheme.ownOverall() ? record : null);
        if (scheme.isOverall()) {
            tally(pass, b, 0, weights, threshold, splits[0], 0, r, values, reasons);
            cells.store(0, drawnCells[s], 0, r, values, reasons);
            return;
        }
        long drawnPositives = 0;
        long positives = 0;
        OverallComposition composition = scheme.ownOverall() ? new OverallComposition(b.blockCount()) : null;
        for (int g = 0; g < b.blockCount(); g++) {
            drawnPositives += splits[g].drawnPositives();
            positives += b.size(g) - b.negatives(g);
            if (g < b.groupCount()) {
                GroupTally t = tally(pass, b, g, weights, threshold, splits[g], scheme.baseId() + 1 + g, r,
                        values, reasons);
                cells.store(g, drawnCells[s], scheme.baseId() + 1 + g, r, values, reasons);
                if (composition != null) {
                    composition.addGroup(t, splits[g]);
                }
            }
        }
        if (scheme.ownOverall()) {
            // the rows in no group are drawn only for the overall line, the last of the replicate's draws
            int g = b.groupCount();
            int start = b.starts()[g];
            SlotWeights.drawStratum(random, record, start, b.negatives(g));
            SlotWeights.drawStratum(random, record, start + b.negatives(g), b.size(g) - b.negatives(g));
            // the groups' class counts add up to the overall line's, as in one resample of each group
            b.moveWeights(record, all, overallWeights);
            ClassSplit split = ClassSplit.of((int) positives, all.size() - (int) positives,
                    (int) drawnPositives);
            GroupTally overall = tally(pass, all, 0, given.given(overallWeights), threshold, split,
                    scheme.baseId(), r, values, reasons);
            // its class-conditional rates and AUC with each group's drawn class counts, as toOverall needs
            composition.store(overall, b.size(g) - b.negatives(g), b.negatives(g), splits[g], scheme.baseId(),
                    r, values, reasons);
            overallAuc.store(all, scheme.blockOfSlot(), composition, overallWeights, scheme.baseId(), r, values,
                    reasons);
            // its counted rates: the sum of every block's drawn cells
            cells.storeSum(drawnCells[s], scheme.baseId(), r, values, reasons);
        }
    }

    /**
     * Replicates {@code r} and {@code r + 1} of scheme {@code s}, which has no overall line of its own: each
     * from its own generators in the order {@link #single} draws, its groups' blocks read by one pass for both.
     */
    void pair(int s, int r) {
        Bootstrap.Scheme scheme = schemes.get(s);
        SplitMix64 random = SplitMix64.forReplicate(seed, scheme.salt(), r);
        SplitMix64 next = SplitMix64.forReplicate(seed, scheme.salt(), r + 1);
        GroupBlocks b = scheme.blocks();
        SmoothedCells cells = cellsOf.get(s);
        cells.draw(SmoothedCells.random(seed, scheme.salt(), r), drawnCells[s]);
        cells.draw(SmoothedCells.random(seed, scheme.salt(), r + 1), secondCells[s]);
        ClassSplit[] splits = splits(random, b);
        ClassSplit[] nextSplits = splits(next, b);
        SlotWeights weights = drawn.drawing(random, null);
        SlotWeights nextWeights = drawnSecond.drawing(next, null);
        int blocks = scheme.isOverall() ? 1 : b.groupCount();
        for (int g = 0; g < blocks; g++) {
            int id = scheme.isOverall() ? 0 : scheme.baseId() + 1 + g;
            pairPass.tally(b, g, weights, nextWeights, threshold, splits[g].relativeNegativeScale(),
                    nextSplits[g].relativeNegativeScale());
            store(pairPass.first(), id, r, values, reasons, DRAWN_FROM_CELLS);
            splits[g].store(pairPass.first(), pairPass.firstSums(), id, r, values, reasons);
            store(pairPass.second(), id, r + 1, values, reasons, DRAWN_FROM_CELLS);
            nextSplits[g].store(pairPass.second(), pairPass.secondSums(), id, r + 1, values, reasons);
            cells.store(g, drawnCells[s], id, r, values, reasons);
            cells.store(g, secondCells[s], id, r + 1, values, reasons);
        }
    }

    /** Every block's random class counts in one replicate, the rows in no group included (drawn, not reported). */
    private static ClassSplit[] splits(SplitMix64 random, GroupBlocks b) {
        ClassSplit[] splits = new ClassSplit[b.blockCount()];
        for (int g = 0; g < splits.length; g++) {
            splits[g] = split(random, b, g);
        }
        return splits;
    }

    /** The random class counts of block {@code g} in one replicate ({@link ClassSplit}). */
    private static ClassSplit split(SplitMix64 random, GroupBlocks b, int g) {
        int negatives = b.negatives(g);
        return ClassSplit.draw(random, b.size(g) - negatives, negatives);
    }

    /** One block's metrics in one replicate: class-stratified, then Brier, AP and ECE by the split. */
    private static GroupTally tally(ReplicatePass pass, GroupBlocks b, int g, SlotWeights weights, double threshold,
                                    ClassSplit split, int id, int replicate, double[][] values, String[] reasons) {
        GroupTally t = pass.tally(b, g, weights, threshold, split.relativeNegativeScale());
        store(t, id, replicate, values, reasons, DRAWN_FROM_CELLS);
        split.store(t, pass.classSums(), id, replicate, values, reasons);
        return t;
    }

    static void store(GroupTally tally, int id, int replicate, double[][] values, String[] reasons,
                              Set<Metric> leftOut) {
        EnumMap<Metric, MetricValue> metrics = MetricFormulas.evaluate(tally);
        for (Metric m : Metric.values()) {
            if (leftOut.contains(m)) {
                continue;
            }
            MetricValue v = metrics.get(m);
            int cell = id * METRICS + m.ordinal();
            values[cell][replicate] = v.value();
            if (!v.isDefined() && reasons[cell] == null) {
                reasons[cell] = v.undefinedReason();
            }
        }
    }
}

package dev.fairness.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

/**
 * What one bootstrap replicate costs per row of a block, in CPU time of one thread (so that other processes on the
 * machine count less): the draws alone ({@link SlotWeights#drawStratum}), one replicate drawn and read by
 * {@link ReplicatePass}, and two read at once by {@link ReplicatePairPass} (per replicate). On a seeded label of
 * 1,000,000 rows shaped like {@code bootstrap-1m/generate.py}'s Effusion (prevalence 0.12, scores the logistic of
 * N(±1.5, 1) to 6 decimals), as the overall line's one block. The bootstrap's arithmetic in
 * {@code benchmarks.md} multiplies these by its row visits.
 *
 * <pre>java -cp CLASSPATH dev.fairness.metrics.ReplicateCosts [replicates per round, default 100]</pre>
 */
final class ReplicateCosts {
    private static final int ROWS = 1_000_000;

    private ReplicateCosts() {
    }

    public static void main(String[] args) {
        int replicates = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Random random = new Random(13);
        boolean[] truth = new boolean[ROWS];
        double[] scores = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            truth[i] = random.nextDouble() < 0.12;
            double z = random.nextGaussian() + (truth[i] ? 1.5 : -1.5);
            scores[i] = Math.round(1e6 / (1 + Math.exp(-z))) / 1e6;
        }
        GroupBlocks b = GroupBlocks.overall(SortedLabel.of(truth, scores)).withSlotLayout();
        int negatives = b.negatives(0);
        int[] weights = new int[ROWS];
        ReplicatePass pass = new ReplicatePass();
        ReplicatePairPass pair = new ReplicatePairPass();
        SlotWeights first = new SlotWeights();
        SlotWeights second = new SlotWeights();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up
            long t0 = bean.getCurrentThreadCpuTime();
            for (int r = 0; r < replicates; r++) {
                SplitMix64 g = SplitMix64.forReplicate(1, 2, r);
                SlotWeights.drawStratum(g, weights, 0, negatives);
                SlotWeights.drawStratum(g, weights, negatives, ROWS - negatives);
                sink += weights[r];
            }
            long t1 = bean.getCurrentThreadCpuTime();
            for (int r = 0; r < replicates; r++) {
                SlotWeights w = first.drawing(SplitMix64.forReplicate(1, 2, r), null);
                sink += pass.tally(b, 0, w, 0.5, 1).twiceAucPairs();
            }
            long t2 = bean.getCurrentThreadCpuTime();
            for (int r = 0; r + 1 < replicates; r += 2) {
                pair.tally(b, 0, first.drawing(SplitMix64.forReplicate(1, 2, r), null),
                        second.drawing(SplitMix64.forReplicate(1, 2, r + 1), null), 0.5, 1, 1);
                sink += pair.first().twiceAucPairs() + pair.second().twiceAucPairs();
            }
            long t3 = bean.getCurrentThreadCpuTime();
            double perVisit = 1.0 / ((double) replicates * ROWS);
            System.out.printf(Locale.ROOT, "round %d, ns of CPU per row and replicate: draws alone %.2f, drawn and "
                            + "read one by one %.2f, two by two %.2f (checksum %d)%n", round, (t1 - t0) * perVisit,
                    (t2 - t1) * perVisit, (t3 - t2) / (2.0 * (replicates / 2) * ROWS), sink);
        }
    }
}

package dev.fairness.compare;

import dev.fairness.groups.Grouping;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.LabelMetricsCalculator;
import dev.fairness.metrics.Parallel;
import dev.fairness.metrics.SortedLabel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The paired bootstrap of several models on the same images: each replicate draws the images once, and every model
 * is measured on that one draw. The difference of two models in a replicate then varies only with what differs
 * between them, and its percentile interval is the interval of the difference on this test set's population.
 *
 * <p><b>Resampling.</b> The overall quantities draw the rows with replacement from all rows; the quantities of a
 * grouping draw within each of its groups (rows in no group form one more stratum), so that every group keeps its
 * size. Class counts are left random (not stratified by class, unlike the one-model bootstrap): the difference of
 * two models' accuracy or F1 varies with how many positives a test set happens to hold, and a class-stratified
 * draw would hide that part of its variance.
 *
 * <p><b>Determinism.</b> Replicate {@code r} of a grouping of a label draws from its own generator, seeded by
 * (seed, label, grouping, r): the same seed and data give the same intervals for every thread count, and adding a
 * model changes no other model's draws. Each model's threshold stays the one of the full test set.
 */
public final class PairedBootstrap {
    private final BootstrapSettings settings;
    private final int threads;

    /** @param settings replicates (0: values on the test set only, no intervals), confidence level and seed */
    public PairedBootstrap(BootstrapSettings settings, int threads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.threads = Math.max(1, threads);
    }

    /**
     * Measures every quantity for every model on the test set and in every replicate.
     *
     * @param label      the label's name (part of the seed)
     * @param truth      the true class per row, shared by all models
     * @param scores     per model, its score per row (rows aligned across models)
     * @param thresholds per model, its operating threshold for this label
     * @param groupings  the groupings the quantities name, with one entry per row
     */
    public PairedValues run(String label, boolean[] truth, List<double[]> scores, double[] thresholds,
                            List<Grouping> groupings, List<PairedQuantity> quantities) {
        int models = scores.size();
        List<SortedLabel> sorted = new ArrayList<>();
        for (double[] s : scores) {
            sorted.add(SortedLabel.of(truth, s));
        }
        Map<String, List<Integer>> byScheme = new LinkedHashMap<>();
        for (int q = 0; q < quantities.size(); q++) {
            byScheme.computeIfAbsent(quantities.get(q).grouping(), k -> new ArrayList<>()).add(q);
        }
        int replicates = settings.replicates();
        double[][] points = new double[models][quantities.size()];
        double[][][] values = new double[models][quantities.size()][replicates];
        LabelMetricsCalculator calculator = new LabelMetricsCalculator();
        for (Map.Entry<String, List<Integer>> scheme : byScheme.entrySet()) {
            List<Grouping> own = scheme.getKey() == null ? List.of() : List.of(find(groupings, scheme.getKey()));
            int[][] strata = strata(truth.length, own);
            for (int m = 0; m < models; m++) {
                LabelMetrics metrics = calculator.compute(sorted.get(m), thresholds[m], own, null);
                for (int q : scheme.getValue()) {
                    points[m][q] = quantities.get(q).value(metrics);
                }
            }
            if (replicates == 0) {
                continue;
            }
            long salt = seedOf(label, scheme.getKey());
            int chunks = Math.min(replicates, threads * 4);
            Parallel.map(chunks, threads, chunk -> {
                int from = (int) ((long) replicates * chunk / chunks);
                int to = (int) ((long) replicates * (chunk + 1) / chunks);
                int[] weights = new int[truth.length];
                for (int r = from; r < to; r++) {
                    draw(new SplittableRandom(salt ^ (0x9E3779B97F4A7C15L * (r + 1))), strata, weights);
                    for (int m = 0; m < models; m++) {
                        LabelMetrics metrics = calculator.compute(sorted.get(m), thresholds[m], own, weights);
                        for (int q : scheme.getValue()) {
                            values[m][q][r] = quantities.get(q).value(metrics);
                        }
                    }
                }
                return Boolean.TRUE;
            });
        }
        return new PairedValues(settings, quantities, points, values);
    }

    /** The rows of every stratum: the groups of the grouping (and the rows in none), or all rows. */
    static int[][] strata(int rows, List<Grouping> own) {
        if (own.isEmpty()) {
            int[] all = new int[rows];
            for (int i = 0; i < rows; i++) {
                all[i] = i;
            }
            return new int[][] {all};
        }
        Grouping g = own.get(0);
        List<List<Integer>> members = new ArrayList<>();
        for (int k = 0; k <= g.groupCount(); k++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < rows; i++) {
            int group = g.groupOf()[i];
            members.get(group == Grouping.NO_GROUP ? g.groupCount() : group).add(i);
        }
        List<int[]> strata = new ArrayList<>();
        for (List<Integer> m : members) {
            if (!m.isEmpty()) {
                strata.add(m.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return strata.toArray(new int[0][]);
    }

    /** One replicate: each stratum of m rows draws m of them with replacement; weights count the draws. */
    static void draw(SplittableRandom random, int[][] strata, int[] weights) {
        java.util.Arrays.fill(weights, 0);
        for (int[] stratum : strata) {
            for (int k = 0; k < stratum.length; k++) {
                weights[stratum[random.nextInt(stratum.length)]]++;
            }
        }
    }

    private long seedOf(String label, String grouping) {
        long h = settings.seed() * 0xBF58476D1CE4E5B9L;
        h = (h ^ label.hashCode()) * 0x94D049BB133111EBL;
        h = (h ^ (grouping == null ? 0x5DEECE66DL : grouping.hashCode())) * 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 31);
    }

    private static Grouping find(List<Grouping> groupings, String name) {
        for (Grouping g : groupings) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no grouping '" + name + "'");
    }
}

package dev.fairness.coverage;

import dev.fairness.groups.Grouping;
import dev.fairness.metrics.Bootstrap;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.LabelMetricsCalculator;
import dev.fairness.metrics.SortedLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One simulated test set of one label: rows of every group drawn from their {@link SimulatedGroup}, evaluated by
 * the engine's own public entry points (the point metrics of {@link LabelMetricsCalculator}, the replicates of
 * {@link Bootstrap}), exactly as the Mojo's metrics stage does after scoring.
 */
final class SimulatedTestSet {
    static final String LABEL = "y";
    static final String GROUPING = "group";

    final List<String> groups;
    final LabelMetrics metrics;
    final BootstrapReplicates replicates;

    private SimulatedTestSet(List<String> groups, LabelMetrics metrics, BootstrapReplicates replicates) {
        this.groups = groups;
        this.metrics = metrics;
        this.replicates = replicates;
    }

    /** Group names {@code g0, g1, ...}. */
    static List<String> names(int k) {
        List<String> names = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            names.add("g" + g);
        }
        return names;
    }

    static SimulatedTestSet draw(List<SimulatedGroup> model, double threshold, long seed, int replicates) {
        return draw(model, threshold, seed, replicates, false);
    }

    /** @param ownOverall whether the grouping's replicates also recompute its own overall line ({@code toOverall}) */
    static SimulatedTestSet draw(List<SimulatedGroup> model, double threshold, long seed, int replicates,
                                 boolean ownOverall) {
        int rows = model.stream().mapToInt(SimulatedGroup::n).sum();
        boolean[] truth = new boolean[rows];
        double[] scores = new double[rows];
        int[] groupOf = new int[rows];
        SplittableRandom random = new SplittableRandom(seed);
        int row = 0;
        for (int g = 0; g < model.size(); g++) {
            SimulatedGroup group = model.get(g);
            for (int i = 0; i < group.n(); i++, row++) {
                truth[row] = random.nextDouble() < group.prevalence();
                scores[row] = (truth[row] ? group.positiveMean() : group.negativeMean()) + random.nextGaussian();
                groupOf[row] = g;
            }
        }
        List<String> names = names(model.size());
        Grouping grouping = new Grouping(GROUPING, names, groupOf);
        LabelMetrics metrics = new LabelMetricsCalculator().compute(truth, scores, threshold, List.of(grouping));
        BootstrapReplicates b = new Bootstrap(new BootstrapSettings(replicates, 0.95, seed), 1)
                .run(LABEL, SortedLabel.of(truth, scores), threshold, List.of(grouping),
                        ownOverall ? Set.of(GROUPING) : Set.of());
        return new SimulatedTestSet(names, metrics, b);
    }
}

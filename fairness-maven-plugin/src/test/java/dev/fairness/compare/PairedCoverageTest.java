package dev.fairness.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.gate.Measure;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.CompoundMetric;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.LabelMetricsCalculator;
import dev.fairness.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Measures how often the paired intervals of the difference between two models hold the true difference, on
 * simulated test sets drawn from a known population: overall AUC, accuracy and F1, and the change of the TPR
 * difference, the AUC difference and equalized odds between two groups. The true differences are those of a
 * population of 400,000 rows. Reduced by default (200 sets of 200 replicates per cell: the test fails when a
 * coverage falls below 88%, about three standard errors under 95%); the full run
 * ({@code -Dpaired.simulations=1000 -Dpaired.replicates=1000}, see the comparison page of the documentation)
 * prints the table the documentation shows.
 */
class PairedCoverageTest {
    private static final int SIMULATIONS = Integer.getInteger("paired.simulations", 200);
    private static final int REPLICATES = Integer.getInteger("paired.replicates", 200);
    private static final int POPULATION = 400_000;

    /** A population: per group and class, each model's mean logit; a shared latent and each model's own noise. */
    record Scenario(String name, double prevalence, double[] modelA, double[] modelB) {
        // logits: {F positive, M positive, F negative, M negative}
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("regression: F positives lose 0.4", 0.5,
                    new double[] {1.2, 1.6, -1.3, -1.3}, new double[] {0.8, 1.6, -1.3, -1.3}),
            new Scenario("no change in the gap", 0.3,
                    new double[] {1.2, 1.6, -1.3, -1.3}, new double[] {1.3, 1.7, -1.3, -1.3}));

    private static final List<String> NAMES = List.of("AUC", "accuracy", "F1", "TPR difference by sex",
            "AUC difference by sex", "equalized odds difference by sex");

    private static List<PairedQuantity> quantities(java.util.Set<String> groups) {
        return List.of(new PairedQuantity.Overall(Metric.AUC), new PairedQuantity.Overall(Metric.ACCURACY),
                new PairedQuantity.Overall(Metric.F1),
                new PairedQuantity.GapOf(new Measure(Metric.TPR, null), "sex", GapMethod.DIFFERENCE, null, groups),
                new PairedQuantity.GapOf(new Measure(Metric.AUC, null), "sex", GapMethod.DIFFERENCE, null, groups),
                new PairedQuantity.GapOf(new Measure(null, CompoundMetric.EQUALIZED_ODDS), "sex", GapMethod.DIFFERENCE,
                        null, groups));
    }

    /** One drawn test set: truth, group and both models' scores per row. */
    record Drawn(boolean[] truth, int[] group, double[] a, double[] b) {
        Grouping grouping() {
            return new Grouping("sex", List.of("F", "M"), group);
        }
    }

    static Drawn draw(Scenario s, int n, SplittableRandom random) {
        boolean[] truth = new boolean[n];
        int[] group = new int[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            group[i] = i % 2;
            truth[i] = random.nextDouble() < s.prevalence();
            int cell = (truth[i] ? 0 : 2) + group[i];
            double shared = gaussian(random);
            a[i] = logistic(s.modelA()[cell] + shared + 0.5 * gaussian(random));
            b[i] = logistic(s.modelB()[cell] + shared + 0.5 * gaussian(random));
        }
        return new Drawn(truth, group, a, b);
    }

    @Test
    void pairedIntervalsOfTheDifferenceBetweenTwoModelsHoldTheTrueDifference() {
        java.util.Set<String> groups = new java.util.LinkedHashSet<>(List.of("F", "M"));
        List<PairedQuantity> quantities = quantities(groups);
        StringBuilder table = new StringBuilder("| population | n | " + String.join(" | ", NAMES) + " |\n|---|---|"
                + "---|".repeat(NAMES.size()) + "\n");
        double lowest = 1;
        for (Scenario s : SCENARIOS) {
            double[] truth = trueDifferences(s, quantities);
            for (int n : new int[] {400, 2000}) {
                int[] covered = new int[quantities.size()];
                int[] defined = new int[quantities.size()];
                double[] width = new double[quantities.size()];
                SplittableRandom random = new SplittableRandom(n * 31L + s.name().hashCode());
                for (int set = 0; set < SIMULATIONS; set++) {
                    Drawn d = draw(s, n, random);
                    Interval[] intervals = intervals(d, quantities, set);
                    for (int q = 0; q < quantities.size(); q++) {
                        Interval in = intervals[q];
                        if (in != null && in.isDefined()) {
                            defined[q]++;
                            width[q] += in.upper() - in.lower();
                            if (in.lower() <= truth[q] && truth[q] <= in.upper()) {
                                covered[q]++;
                            }
                        }
                    }
                }
                table.append("| ").append(s.name()).append(String.format(Locale.ROOT, " (true Δ: AUC %+.3f, TPR "
                        + "difference %+.3f)", truth[0], truth[3])).append(" | ").append(n).append(" |");
                for (int q = 0; q < quantities.size(); q++) {
                    double coverage = (double) covered[q] / defined[q];
                    lowest = Math.min(lowest, coverage);
                    table.append(String.format(Locale.ROOT, " %.1f%% (width %.3f) |", 100 * coverage,
                            width[q] / defined[q]));
                }
                table.append('\n');
            }
        }
        System.out.println("Paired coverage, " + SIMULATIONS + " sets of " + REPLICATES + " replicates per cell:\n"
                + table);
        assertTrue(lowest >= 0.88, "a paired interval covered the true difference in only "
                + String.format(Locale.ROOT, "%.1f%%", 100 * lowest) + " of the sets:\n" + table);
    }

    /** The plugin's intervals of the change (model b − model a) of every quantity on one test set. */
    private static Interval[] intervals(Drawn d, List<PairedQuantity> quantities, int set) {
        QuantityPlan plan = new QuantityPlan(name -> d.grouping(), 0);
        for (PairedQuantity q : quantities) {
            plan.add(q);
        }
        List<double[]> scores = List.of(d.a(), d.b());
        double[] thresholds = {0.5, 0.5};
        List<Grouping> groupings = List.of(d.grouping());
        List<int[]> pairs = PairedComparisons.fixedPairs(plan, d.truth(), scores, thresholds, groupings);
        PairedValues values = new PairedBootstrap(new BootstrapSettings(REPLICATES, 0.95, set), 1)
                .run("y", d.truth(), scores, thresholds, groupings, plan.quantities());
        for (int[] p : pairs) {
            values.usePair(p[0], 0, p[1], p[2]);
        }
        Interval[] out = new Interval[quantities.size()];
        for (int q = 0; q < quantities.size(); q++) {
            out[q] = values.differenceInterval(0, 1, q);
        }
        return out;
    }

    private static double[] trueDifferences(Scenario s, List<PairedQuantity> quantities) {
        Drawn p = draw(s, POPULATION, new SplittableRandom(7));
        LabelMetricsCalculator calculator = new LabelMetricsCalculator();
        List<Grouping> groupings = List.of(p.grouping());
        LabelMetrics a = calculator.compute(p.truth(), p.a(), 0.5, groupings);
        LabelMetrics b = calculator.compute(p.truth(), p.b(), 0.5, groupings);
        double[] truth = new double[quantities.size()];
        for (int q = 0; q < truth.length; q++) {
            truth[q] = quantities.get(q).value(b) - quantities.get(q).value(a);
        }
        return truth;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}

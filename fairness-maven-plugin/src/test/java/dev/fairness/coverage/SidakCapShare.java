package dev.fairness.coverage;

import dev.fairness.gate.GateOn;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Scanner;

/**
 * How often a family of counted-rate comparisons takes Šidák's value as its critical value (the cap of
 * {@code MaxT}) in one cell of the coverage grid, over simulated sets of its model (other seeds than the grid's):
 * the share of sets whose {@code q} is at or above Šidák's value (with the cap: where it binds; with classes built
 * without it: where it would), and the family's {@code q}. A family of one comparison is not capped (its {@code q}
 * is never below Šidák's value, {@code z}), so the share means nothing there. The family is the one the plugin's gate
 * decides the cell's rule on, over the groups it keeps. Run from the test classpath: {@code java
 * dev.fairness.coverage.SidakCapShare table metric k n prevalence gap [sets]}, {@code table} one of {@code gate},
 * {@code ratio}, {@code overallRatio}, {@code toReference}, {@code toOverall}, {@code worst} (TPR rules of the
 * method table), {@code overallMetric-toOverall}, {@code overallMetric-toOverallRatio}; e.g. {@code overallMetric-
 * toOverallRatio PPV 5 200 0.1 1.0}.
 */
public final class SidakCapShare {
    private static final double LEVEL = 0.95;

    private SidakCapShare() {
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(String.join(" ", args)).useLocale(Locale.ROOT);
        String table = in.next();
        Metric metric = Metric.valueOf(in.next());
        int k = in.nextInt();
        int n = in.nextInt();
        double prevalence = in.nextDouble();
        double gap = in.nextDouble();
        int sets = in.hasNextInt() ? in.nextInt() : 200;
        GapRuleExperiment.RuleUnderTest rule = rule(table, metric);
        List<SimulatedGroup> model = model(table, rule, k, n, prevalence, gap);
        boolean ownOverall = rule.method() == GapMethod.TO_OVERALL || rule.method() == GapMethod.TO_OVERALL_RATIO;
        double[] critical = new double[sets];
        int decided = 0;
        int capped = 0;
        int comparisons = 0;
        for (int s = 0; s < sets; s++) {
            SimulatedTestSet set = SimulatedTestSet.draw(model, Experiments.THRESHOLD, 777_000L + s, 200, ownOverall);
            RuleResult result = PluginDefaults.gate().evaluate(List.of(rule.rule(GateOn.SIGNIFICANT)),
                    Map.of(SimulatedTestSet.LABEL, set.metrics), Map.of(SimulatedTestSet.LABEL, set.replicates))
                    .results().get(0);
            GapInterval family = result.comparisons();
            if (family == null || family.comparisons().isEmpty() || Double.isNaN(family.critical())) {
                continue;
            }
            comparisons = Math.max(comparisons, family.comparisons().size());
            critical[decided++] = family.critical();
            // Normal.quantile is a bisection on a fit of erfc (error about 1e-7): within 1e-5 is at the cap
            if (family.critical() > sidak(family.comparisons().size()) - 1e-5) {
                capped++;
            }
        }
        double[] q = Arrays.copyOf(critical, decided);
        Arrays.sort(q);
        System.out.printf(Locale.ROOT, "%s %s %d x %d / %.1f, gap %.3f: %d comparisons, Sidak %.3f; q at or above it in "
                        + "%d of %d decided sets (%.1f%%); q mean %.3f, 10%% / 50%% / 90%% %.3f / %.3f / %.3f%n", table,
                metric, k, n, prevalence, gap, comparisons, sidak(Math.max(comparisons, 1)), capped, decided,
                decided == 0 ? Double.NaN : 100.0 * capped / decided, Arrays.stream(q).average().orElse(Double.NaN),
                at(q, 0.1), at(q, 0.5), at(q, 0.9));
    }

    private static double at(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) (p * sorted.length)];
    }

    /** Šidák's value for m two-sided comparisons at the joint level, as {@code MaxT} caps a counted family. */
    private static double sidak(int m) {
        return Normal.quantile((1 + Math.pow(LEVEL, 1.0 / m)) / 2);
    }

    /** The cell's rule, as the grid states it ({@link CoverageGrid}, {@link GapRuleGrid}). */
    private static GapRuleExperiment.RuleUnderTest rule(String table, Metric metric) {
        return switch (table) {
            case "gate" -> new GapRuleExperiment.RuleUnderTest(metric, GapMethod.DIFFERENCE, null, false,
                    CoverageGrid.TPR_LIMIT);
            case "ratio" -> new GapRuleExperiment.RuleUnderTest(metric, GapMethod.RATIO, null, true,
                    GapRuleGrid.RATIO_LIMIT);
            case "overallRatio", "overallMetric-toOverallRatio" -> new GapRuleExperiment.RuleUnderTest(metric,
                    GapMethod.TO_OVERALL_RATIO, null, true, GapRuleGrid.RATIO_LIMIT);
            case "toReference" -> new GapRuleExperiment.RuleUnderTest(metric, GapMethod.TO_REFERENCE, "g1", false,
                    CoverageGrid.TPR_LIMIT);
            case "toOverall", "overallMetric-toOverall" -> new GapRuleExperiment.RuleUnderTest(metric,
                    GapMethod.TO_OVERALL, null, false, GapRuleGrid.overallLimit(metric));
            case "worst" -> new GapRuleExperiment.RuleUnderTest(metric, GapMethod.WORST, null, true,
                    GapRuleGrid.WORST_LIMIT);
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** The cell's groups, as the grid builds them. */
    private static List<SimulatedGroup> model(String table, GapRuleExperiment.RuleUnderTest rule, int k, int n,
                                              double prevalence, double gap) {
        return switch (table) {
            case "gate" -> CoverageGrid.kGroups(k, n, prevalence, gap);
            case "ratio" -> GapRuleGrid.ratioGroups(k, n, prevalence, gap);
            case "overallRatio" -> GapRuleGrid.overallRatioGroups(k, n, prevalence, gap);
            case "toReference", "toOverall", "worst" -> GapRuleGrid.methodGroups(rule.method(), k, n, prevalence,
                    gap);
            default -> OverallGapModel.groups(rule.metric(), k, n, prevalence,
                    OverallGapModel.solve(rule.metric(), rule.method(), k, n, prevalence, gap));
        };
    }
}

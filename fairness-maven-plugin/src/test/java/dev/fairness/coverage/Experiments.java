package dev.fairness.coverage;

import dev.fairness.gate.Gate;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.Comparison;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The experiments of the coverage suite: many simulated test sets per cell, each evaluated by the engine, counting
 * how often intervals cover the true values and how often gates fail or pass. Simulations run in parallel; each
 * one's seed is its index (plus a salt per cell), so every figure is reproducible.
 */
final class Experiments {
    static final double THRESHOLD = 0.0;

    private Experiments() {
    }

    /**
     * Coverage of one metric's two-group difference interval, over the sets where the plugin shows it: sets where
     * a group falls below the plugin's defaults ({@link PluginDefaults}) are counted in {@code leftOut}.
     */
    record DifferenceCoverage(int simulations, int undefined, int leftOut, int signedCovered, int absoluteCovered,
                              int absoluteBelow, int absoluteAbove, int oldPercentileCovered) {
        double rate(int count) {
            int defined = simulations - undefined - leftOut;
            return defined == 0 ? Double.NaN : (double) count / defined;
        }
    }

    /**
     * Two groups; group g0 as {@code base}, group g1 as {@code other}: how often the signed ('g0' - 'g1') and the
     * absolute difference intervals of {@code metric} cover the true difference {@code trueSigned}.
     */
    static DifferenceCoverage difference(Metric metric, SimulatedGroup base, SimulatedGroup other, double trueSigned,
                                         int simulations, int replicates, long salt) {
        int[][] outcomes = parallel(simulations, sim -> {
            SimulatedTestSet set = SimulatedTestSet.draw(List.of(base, other), THRESHOLD, salt + sim, replicates);
            GroupMetrics g0 = set.metrics.group(SimulatedTestSet.GROUPING, "g0");
            GroupMetrics g1 = set.metrics.group(SimulatedTestSet.GROUPING, "g1");
            if (!PluginDefaults.keeps(metric, g0) || !PluginDefaults.keeps(metric, g1)) {
                return new int[] {0, 1, 0, 0, 0, 0, 0};
            }
            if (!g0.get(metric).isDefined() || !g1.get(metric).isDefined()) {
                return new int[] {1, 0, 0, 0, 0, 0, 0};
            }
            GapInterval gap = set.replicates.gapInterval(metric, GapMethod.DIFFERENCE, SimulatedTestSet.GROUPING,
                    set.groups, null);
            if (!gap.interval().isDefined()) {
                return new int[] {1, 0, 0, 0, 0, 0, 0};
            }
            Comparison signed = gap.comparisons().get(0);
            double truth = Math.abs(trueSigned);
            Interval abs = gap.interval();
            Interval old = set.replicates.percentileGap(metric, GapMethod.DIFFERENCE, SimulatedTestSet.GROUPING,
                    set.groups, null);
            return new int[] {0, 0, covers(signed.lower(), signed.upper(), trueSigned),
                    covers(abs.lower(), abs.upper(), truth), abs.lower() > truth ? 1 : 0, abs.upper() < truth ? 1 : 0,
                    covers(old.lower(), old.upper(), truth)};
        });
        int[] sums = sum(outcomes, 7);
        return new DifferenceCoverage(simulations, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6]);
    }

    /**
     * How often each gate mode violates a {@code metric difference <= limit} rule, how often it is undetermined
     * (fewer than two groups kept), and in how many sets the plugin's defaults left at least one group out.
     */
    record GateRates(int simulations, int significantFails, int certainPasses, int pointFails, int undetermined,
                     int leftOut) {
        double rate(int count) {
            return (double) count / simulations;
        }
    }

    static GateRates gate(Metric metric, List<SimulatedGroup> model, double limit, int simulations, int replicates,
                          long salt) {
        Gate gate = PluginDefaults.gate();
        List<Rule> rules = new ArrayList<>();
        for (GateOn on : GateOn.values()) {
            rules.add(new Rule(Measure.parse(metric.id()), SimulatedTestSet.GROUPING, null, GapMethod.DIFFERENCE, null,
                    limit, null, MissingPolicy.WARN, on));
        }
        int[][] outcomes = parallel(simulations, sim -> {
            SimulatedTestSet set = SimulatedTestSet.draw(model, THRESHOLD, salt + sim, replicates);
            List<RuleResult> results = gate.evaluate(rules, Map.of(SimulatedTestSet.LABEL, set.metrics),
                    Map.of(SimulatedTestSet.LABEL, set.replicates)).results();
            int point = results.get(0).isViolated() ? 1 : 0;
            int significant = results.get(1).isViolated() ? 1 : 0;
            int certain = results.get(2).status() == RuleStatus.PASSED ? 1 : 0;
            int undetermined = results.get(1).status() == RuleStatus.UNDETERMINED ? 1 : 0;
            int leftOut = results.get(1).excluded().isEmpty() ? 0 : 1;
            return new int[] {significant, certain, point, undetermined, leftOut};
        });
        int[] sums = sum(outcomes, 5);
        return new GateRates(simulations, sums[0], sums[1], sums[2], sums[3], sums[4]);
    }

    /** The normal quantile of a two-sided 95% interval: an interval of width w implies a standard deviation w / (2z). */
    static final double Z95 = 1.959963984540054;

    /**
     * One group metric of two identical groups, over the sets where the plugin shows it ({@code leftOut}: sets where
     * a group falls below the plugin's defaults): the bootstrap's standard deviation (of the replicates, what max-t
     * studentizes by) and the one the group's interval implies (its width / (2 · 1.96)), each against the true one
     * (the spread of the estimates over the sets); the coverage of the group's interval and how many of them had
     * width 0; and for the signed difference of the two groups, the standard deviation of its replicates (the
     * bootstrap's, replicate by replicate {@code g0* - g1*}) and the one its interval implies, each against the
     * spread of the differences over the sets, and how often the interval covers 0.
     */
    record GroupMetricCoverage(int simulations, int undefined, int leftOut, double bootstrapSd, double intervalSd,
                               double trueSd, int covered, int zeroWidth, double differenceSd,
                               double trueDifferenceSd, int differenceCovered, double differenceBootstrapSd) {
        double sdRatio() {
            return bootstrapSd / trueSd;
        }

        double intervalSdRatio() {
            return intervalSd / trueSd;
        }

        double differenceSdRatio() {
            return differenceSd / trueDifferenceSd;
        }

        double differenceBootstrapSdRatio() {
            return differenceBootstrapSd / trueDifferenceSd;
        }

        double rate(int count) {
            return (double) count / (simulations - undefined - leftOut);
        }
    }

    static GroupMetricCoverage groupMetric(Metric metric, SimulatedGroup group, ToDoubleFunction<SimulatedGroup> truth,
                                           int simulations, int replicates, long salt) {
        double trueValue = truth.applyAsDouble(group);
        double[][] outcomes = new double[simulations][];
        boolean[] leftOut = new boolean[simulations];
        IntStream.range(0, simulations).parallel().forEach(sim -> {
            SimulatedTestSet set = SimulatedTestSet.draw(List.of(group, group), THRESHOLD, salt + sim, replicates);
            GroupMetrics g0 = set.metrics.group(SimulatedTestSet.GROUPING, "g0");
            GroupMetrics g1 = set.metrics.group(SimulatedTestSet.GROUPING, "g1");
            MetricValue a = g0.get(metric);
            MetricValue b = g1.get(metric);
            Interval ci = set.replicates.group(SimulatedTestSet.GROUPING, "g0", metric);
            leftOut[sim] = !PluginDefaults.keeps(metric, g0) || !PluginDefaults.keeps(metric, g1);
            if (leftOut[sim] || !a.isDefined() || !b.isDefined() || !ci.isDefined()) {
                outcomes[sim] = null;
                return;
            }
            double[] own = new double[replicates];
            double[] differenceReplicates = new double[replicates];
            for (int r = 0; r < replicates; r++) {
                MetricValue v = set.replicates.value(r, SimulatedTestSet.GROUPING, "g0", metric);
                MetricValue w = set.replicates.value(r, SimulatedTestSet.GROUPING, "g1", metric);
                own[r] = v.isDefined() ? v.value() : Double.NaN;
                differenceReplicates[r] = v.isDefined() && w.isDefined() ? v.value() - w.value() : Double.NaN;
            }
            Comparison d = set.replicates.gapInterval(metric, GapMethod.DIFFERENCE, SimulatedTestSet.GROUPING,
                    set.groups, null).comparisons().get(0);
            outcomes[sim] = new double[] {a.value(), sd(own), covers(ci.lower(), ci.upper(), trueValue),
                    covers(d.lower(), d.upper(), 0), (ci.upper() - ci.lower()) / (2 * Z95),
                    ci.upper() == ci.lower() ? 1 : 0, a.value() - b.value(), (d.upper() - d.lower()) / (2 * Z95),
                    sd(differenceReplicates)};
        });
        List<double[]> kept = new ArrayList<>();
        for (double[] o : outcomes) {
            if (o != null) {
                kept.add(o);
            }
        }
        int left = 0;
        for (boolean l : leftOut) {
            left += l ? 1 : 0;
        }
        int count = kept.size();
        double[] estimates = new double[count];
        double[] differences = new double[count];
        double[] means = new double[9];
        for (int i = 0; i < count; i++) {
            double[] o = kept.get(i);
            estimates[i] = o[0];
            differences[i] = o[6];
            for (int c = 0; c < o.length; c++) {
                means[c] += o[c];
            }
        }
        return new GroupMetricCoverage(simulations, simulations - count - left, left, means[1] / count,
                means[4] / count, sd(estimates), (int) means[2], (int) means[5], means[7] / count, sd(differences),
                (int) means[3], means[8] / count);
    }

    private static int covers(double lower, double upper, double truth) {
        return lower <= truth && truth <= upper ? 1 : 0;
    }

    private static double sd(double[] values) {
        double mean = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                mean += v;
                count++;
            }
        }
        mean /= count;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return Math.sqrt(squares / (count - 1));
    }

    private interface Simulation {
        int[] run(int sim);
    }

    private static int[][] parallel(int simulations, Simulation simulation) {
        int[][] outcomes = new int[simulations][];
        IntStream.range(0, simulations).parallel().forEach(sim -> outcomes[sim] = simulation.run(sim));
        return outcomes;
    }

    private static int[] sum(int[][] outcomes, int width) {
        int[] sums = new int[width];
        for (int[] o : outcomes) {
            for (int i = 0; i < width; i++) {
                sums[i] += o[i];
            }
        }
        return sums;
    }
}

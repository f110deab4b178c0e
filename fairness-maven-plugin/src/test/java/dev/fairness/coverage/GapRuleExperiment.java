package dev.fairness.coverage;

import dev.fairness.gate.ExcludedGroup;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.Comparison;
import dev.fairness.metrics.CompoundMetric;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Gaps;
import dev.fairness.metrics.GroupValue;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Coverage of a rule on any gap method (issue 10: {@code ratio}, {@code toReference}, {@code toOverall},
 * {@code worst}), or on a compound criterion (equalized odds): the rule in each gate mode, decided by the plugin's
 * own {@code Gate} over k simulated groups, and the simultaneous intervals of the comparisons it reads. The true gap
 * is the engine's own gap computation ({@link Gaps}, {@link CompoundMetric}) on the groups' true values, over the
 * groups the rule kept. Each set's seed is its index plus a salt per cell, as in {@link Experiments}.
 */
final class GapRuleExperiment {

    /**
     * One rule on one metric or compound criterion: {@code measure method (reference) <= limit}, or
     * {@code >= limit} when {@code minimum}.
     */
    record RuleUnderTest(Measure measure, GapMethod method, String reference, boolean minimum, double limit) {
        RuleUnderTest(Metric metric, GapMethod method, String reference, boolean minimum, double limit) {
            this(new Measure(metric, null), method, reference, minimum, limit);
        }

        /** The rule's one metric; null for a compound criterion. */
        Metric metric() {
            return measure.metric();
        }

        Rule rule(GateOn on) {
            return new Rule(measure, SimulatedTestSet.GROUPING, null, method, reference,
                    minimum ? null : limit, minimum ? limit : null, MissingPolicy.WARN, on);
        }
    }

    /** The true value of a metric in group {@code gI}, or on the overall line ({@link Gap#OVERALL}; NaN if unused). */
    interface Truth {
        double of(Metric metric, String line);
    }

    /**
     * Counts over the simulated sets. Coverage counts are over the sets where the rule was decided
     * ({@code decided}); the gate counts over all sets.
     *
     * @param allCovered the comparisons' simultaneous intervals all hold their true values at once
     * @param gapCovered the gap's interval holds the true gap
     * @param lowerAbove the gap interval's lower bound lies above the true gap
     * @param upperBelow its upper bound lies below the true gap
     */
    record Rates(int simulations, int decided, int allCovered, int gapCovered, int lowerAbove, int upperBelow,
                 int significantFails, int certainPasses, int pointFails) {
        double coverage(int count) {
            return decided == 0 ? Double.NaN : (double) count / decided;
        }

        double rate(int count) {
            return (double) count / simulations;
        }

        int undetermined() {
            return simulations - decided;
        }
    }

    private GapRuleExperiment() {
    }

    /**
     * @param truth   the true value of the rule's metric in each group of {@code model}
     * @param overall its true value over all rows (for {@code toOverall}; NaN when no rule needs it)
     */
    static Rates run(RuleUnderTest rut, List<SimulatedGroup> model, double[] truth, double overall, int simulations,
                     int replicates, long salt) {
        return run(rut, model, (metric, line) -> line.equals(Gap.OVERALL) ? overall : truth[group(line)],
                simulations, replicates, salt);
    }

    /** @param truth the true value of each metric the rule measures, per group and overall */
    static Rates run(RuleUnderTest rut, List<SimulatedGroup> model, Truth truth, int simulations, int replicates,
                     long salt) {
        List<Rule> rules = new ArrayList<>();
        for (GateOn on : GateOn.values()) {
            rules.add(rut.rule(on));
        }
        int[][] outcomes = new int[simulations][];
        IntStream.range(0, simulations).parallel().forEach(sim -> {
            SimulatedTestSet set = SimulatedTestSet.draw(model, Experiments.THRESHOLD, salt + sim, replicates,
                    rut.method() == GapMethod.TO_OVERALL || rut.method() == GapMethod.TO_OVERALL_RATIO);
            List<RuleResult> results = PluginDefaults.gate().evaluate(rules,
                    Map.of(SimulatedTestSet.LABEL, set.metrics), Map.of(SimulatedTestSet.LABEL, set.replicates))
                    .results();
            RuleResult significant = results.get(1);
            int[] o = new int[8];
            o[5] = significant.isViolated() ? 1 : 0;
            o[6] = results.get(2).status() == RuleStatus.PASSED ? 1 : 0;
            o[7] = results.get(0).isViolated() ? 1 : 0;
            GapInterval gap = significant.comparisons();
            Interval interval = significant.interval();
            if (significant.status() != RuleStatus.UNDETERMINED && gap != null && interval != null
                    && interval.isDefined()) {
                double trueGap = trueGap(rut, model.size(), truth, significant.excluded());
                o[0] = 1;
                o[1] = allCover(gap.comparisons(), truth, rut.measure()) ? 1 : 0;
                o[2] = interval.lower() <= trueGap && trueGap <= interval.upper() ? 1 : 0;
                o[3] = interval.lower() > trueGap ? 1 : 0;
                o[4] = interval.upper() < trueGap ? 1 : 0;
            }
            outcomes[sim] = o;
        });
        int[] s = new int[8];
        for (int[] o : outcomes) {
            for (int i = 0; i < s.length; i++) {
                s[i] += o[i];
            }
        }
        return new Rates(simulations, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);
    }

    /** The gap of the true values over the groups the rule kept (an excluded group takes no part, as in the gate). */
    private static double trueGap(RuleUnderTest rut, int groups, Truth truth, List<ExcludedGroup> excluded) {
        Function<Metric, List<GroupValue>> values = metric -> {
            List<GroupValue> list = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                String name = "g" + g;
                boolean out = excluded.stream().anyMatch(e -> e.group().equals(name));
                list.add(new GroupValue(name, out ? MetricValue.undefined("left out")
                        : MetricValue.of(truth.of(metric, name))));
            }
            return list;
        };
        Function<Metric, MetricValue> all = metric -> {
            double overall = truth.of(metric, Gap.OVERALL);
            return Double.isNaN(overall) ? MetricValue.undefined("not simulated") : MetricValue.of(overall);
        };
        Measure measure = rut.measure();
        Gap gap = measure.isCompound() ? measure.compound().gap(rut.method(), values, all, rut.reference())
                : Gaps.compute(measure.metric(), rut.method(), values.apply(measure.metric()),
                        all.apply(measure.metric()), rut.reference());
        return gap.value().value();
    }

    /**
     * Whether every comparison holds its true value (a difference, a log ratio, or a group's own value), and the
     * family holds every component of the measure, each with as many comparisons (equalized odds: all TPR pairs and
     * all FPR pairs).
     */
    private static boolean allCover(List<Comparison> comparisons, Truth truth, Measure measure) {
        for (Comparison c : comparisons) {
            double a = truth.of(c.metric(), c.first());
            double t = c.second() == null ? a : c.logScale() ? Math.log(a / truth.of(c.metric(), c.second()))
                    : a - truth.of(c.metric(), c.second());
            if (!(c.lower() <= t && t <= c.upper())) {
                return false;
            }
        }
        Map<Metric, Long> perComponent = comparisons.stream()
                .collect(Collectors.groupingBy(Comparison::metric, Collectors.counting()));
        return !comparisons.isEmpty() && perComponent.keySet().equals(Set.copyOf(measure.components()))
                && perComponent.values().stream().distinct().count() == 1;
    }

    /** The index of group {@code gI}. */
    private static int group(String line) {
        return Integer.parseInt(line.substring(1));
    }
}

package dev.fairness.coverage;

import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.Comparison;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Coverage of {@code ratio} rules (issue 10): a rule {@code metric ratio >= limit} over k simulated groups, decided
 * by the plugin's own {@code Gate} in each gate mode, and the simultaneous log-ratio intervals it reads. Each set's
 * seed is its index plus a salt per cell, as in {@link Experiments}.
 */
final class RatioExperiment {

    /**
     * Counts over the simulated sets. Coverage counts are over the sets where the rule was decided on at least two
     * groups ({@code decided}); the gate counts over all sets.
     *
     * @param allCovered   every signed log-ratio interval of the family holds its true log ratio at once
     * @param ratioCovered the ratio's interval (of min / max) holds the true min / max
     * @param lowerAbove   the ratio interval's lower bound lies above the truth (what makes {@code certain} pass
     *                     wrongly at the limit)
     * @param upperBelow   its upper bound lies below the truth (what makes {@code significant} fail wrongly)
     */
    record Rates(int simulations, int decided, int allCovered, int ratioCovered, int lowerAbove, int upperBelow,
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

    private RatioExperiment() {
    }

    /**
     * @param truth the true value of {@code metric} in each group of {@code model}
     */
    static Rates run(Metric metric, List<SimulatedGroup> model, double[] truth, double limit, int simulations,
                     int replicates, long salt) {
        List<Rule> rules = new ArrayList<>();
        for (GateOn on : GateOn.values()) {
            rules.add(new Rule(Measure.parse(metric.id()), SimulatedTestSet.GROUPING, null, GapMethod.RATIO, null,
                    null, limit, MissingPolicy.WARN, on));
        }
        double trueRatio = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double t : truth) {
            max = Math.max(max, t);
        }
        for (double t : truth) {
            trueRatio = Math.min(trueRatio, t / max);
        }
        double ratio = trueRatio;
        int[][] outcomes = new int[simulations][];
        IntStream.range(0, simulations).parallel().forEach(sim -> {
            SimulatedTestSet set = SimulatedTestSet.draw(model, Experiments.THRESHOLD, salt + sim, replicates);
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
                o[0] = 1;
                o[1] = allCover(gap.comparisons(), truth) ? 1 : 0;
                o[2] = interval.lower() <= ratio && ratio <= interval.upper() ? 1 : 0;
                o[3] = interval.lower() > ratio ? 1 : 0;
                o[4] = interval.upper() < ratio ? 1 : 0;
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

    /** Whether every comparison {@code log('gi' / 'gj')} holds its true log ratio. */
    private static boolean allCover(List<Comparison> comparisons, double[] truth) {
        for (Comparison c : comparisons) {
            double t = Math.log(truth[index(c.first())] / truth[index(c.second())]);
            if (!(c.lower() <= t && t <= c.upper())) {
                return false;
            }
        }
        return !comparisons.isEmpty();
    }

    /** The index of group {@code gI}. */
    private static int index(String group) {
        return Integer.parseInt(group.substring(1));
    }
}

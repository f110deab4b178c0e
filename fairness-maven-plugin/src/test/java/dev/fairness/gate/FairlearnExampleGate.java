package dev.fairness.gate;

import dev.fairness.groups.Grouping;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.LabelMetricsCalculator;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.TestReplicates;

import java.util.List;
import java.util.Map;

/**
 * The gate tests' fixture. Point values are Fairlearn's documentation example (TPR a/b/c = .5/.6/.4, TPR difference
 * 0.200 between 'b' and 'c'; selection rate ratio 0.667 between 'a' .75 and 'b' .5). The replicates are chosen by
 * hand, 41 of them: in replicate r the TPR difference of 'b' and 'c' is 0.100 + 0.005 r. The test hook has no test
 * set, so the simultaneous intervals are centred on the replicates' mean, 0.200; |r - 20| is spread evenly, so the
 * max-t interval of 'b' - 'c' is 0.200 +- 0.095, 0.105–0.295.
 */
final class FairlearnExampleGate {

    private FairlearnExampleGate() {
    }

    private static final int[] Y_TRUE = {0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1};
    private static final int[] Y_PRED = {0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0};
    private static final String GROUPS = "bbabbcccaacabccbcc";
    private static final BootstrapSettings SETTINGS = new BootstrapSettings(41, 0.95, 42);

    static Map<String, LabelMetrics> point() {
        boolean[] truth = new boolean[Y_TRUE.length];
        double[] scores = new double[Y_TRUE.length];
        int[] groupOf = new int[Y_TRUE.length];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = Y_TRUE[i] == 1;
            scores[i] = Y_PRED[i];
            groupOf[i] = GROUPS.charAt(i) - 'a';
        }
        Grouping g = new Grouping("group", List.of("a", "b", "c"), groupOf);
        return Map.of("y", new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of(g)));
    }

    /**
     * TPR: 'a' 0.95 (far from the others, so that leaving it out shows), 'b' 0.4 + the gap, 'c' 0.4; both 'b' and 'c'
     * undefined from replicate {@code undefinedFrom} on. Selection rate: 'a' 0.75, 'b' and 'c' 0.5 + 0.005 r.
     */
    static Map<String, BootstrapReplicates> replicates(int undefinedFrom) {
        return Map.of("y", TestReplicates.of(SETTINGS, "group", List.of("a", "b", "c"), (r, group, metric) -> {
            double gap = 0.100 + 0.005 * r;
            if (metric == Metric.TPR) {
                if (!group.equals("a") && r >= undefinedFrom) {
                    return Double.NaN;
                }
                return switch (group) {
                    case "a" -> 0.95;
                    case "b" -> 0.4 + gap;
                    default -> 0.4;
                };
            }
            if (metric == Metric.SELECTION_RATE) {
                return group.equals("a") ? 0.75 : 0.5 + 0.005 * r;
            }
            return 0.5;
        }));
    }

    static RuleResult evaluate(int minGroupSize, String metric, GapMethod gap, Double max, Double min,
                                       MissingPolicy policy, GateOn gateOn, int undefinedFrom) {
        Rule rule = new Rule(Measure.parse(metric), "group", null, gap, null, max, min, policy, gateOn);
        return new Gate(minGroupSize).evaluate(List.of(rule), point(), replicates(undefinedFrom)).results().get(0);
    }

    static RuleResult tprDifference(int minGroupSize, double max, MissingPolicy policy, GateOn gateOn,
                                            int undefinedFrom) {
        return evaluate(minGroupSize, "tpr", GapMethod.DIFFERENCE, max, null, policy, gateOn, undefinedFrom);
    }
}

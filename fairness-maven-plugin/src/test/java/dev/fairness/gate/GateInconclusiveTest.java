package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
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

import org.junit.jupiter.api.Test;

/**
 * A point-gated rule whose interval straddles its limit is inconclusive: it still passes or fails on the point
 * value, and its line says that the test set cannot decide it and about how many images per group would. The
 * fixture is the one of {@link GateIntervalTest}: Point values are Fairlearn's
 * documentation example (TPR a/b/c = .5/.6/.4, TPR difference 0.200 between 'b' and 'c'; selection rate ratio
 * 0.667 between 'a' .75 and 'b' .5). The replicates are chosen by hand, 41 of them, so that the 95% bounds are
 * exactly the 2nd and the 40th smallest replicate ((41 - 1) x 0.025 = 1 and (41 - 1) x 0.975 = 39): in replicate
 * r the TPR difference is 0.100 + 0.005 r, so its interval is 0.105–0.295.
 */
class GateInconclusiveTest {
    private static final int[] Y_TRUE = {0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1};
    private static final int[] Y_PRED = {0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0};
    private static final String GROUPS = "bbabbcccaacabccbcc";
    private static final BootstrapSettings SETTINGS = new BootstrapSettings(41, 0.95, 42);

    private static Map<String, LabelMetrics> point() {
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
    private static Map<String, BootstrapReplicates> replicates(int undefinedFrom) {
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

    private static RuleResult evaluate(int minGroupSize, String metric, GapMethod gap, Double max, Double min,
                                       MissingPolicy policy, GateOn gateOn, int undefinedFrom) {
        Rule rule = new Rule(Measure.parse(metric), "group", null, gap, null, max, min, policy, gateOn);
        return new Gate(minGroupSize).evaluate(List.of(rule), point(), replicates(undefinedFrom)).results().get(0);
    }

    private static RuleResult tprDifference(int minGroupSize, double max, MissingPolicy policy, GateOn gateOn,
                                            int undefinedFrom) {
        return evaluate(minGroupSize, "tpr", GapMethod.DIFFERENCE, max, null, policy, gateOn, undefinedFrom);
    }

    @Test
    void aMetPointRuleWhoseIntervalStraddlesTheMaximumSaysTheTestSetCannotDecideIt() {
        // the upper bound lies 0.295 - 0.200 = 0.095 from the value, the limit 0.250 - 0.200 = 0.05; smallest group 'b', n = 6:
        // 6 x (0.095 / 0.05)^2 = 21.66, so 22
        RuleResult r = tprDifference(5, 0.25, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(RuleStatus.PASSED, r.status());
        assertEquals(22, r.inconclusive().imagesPerGroup());
        assertEquals("Rule met for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295; maximum "
                + "0.250) ('b' 0.600, 'c' 0.400); inconclusive: the 95% CI straddles the maximum, so this test set "
                + "cannot decide the rule at its size; about 22 images per group would (the smallest group, n = 6, "
                + "scaled by (distance from the value to the CI bound beyond the limit 0.095 / to the limit 0.050)²)", RuleMessages.outcome(r));
    }

    @Test
    void aViolatedPointRuleWhoseIntervalStraddlesTheMaximumStillFailsAndSaysSo() {
        // the lower bound lies 0.200 - 0.105 = 0.095 below the value, the limit 0.03: 6 x (0.095 / 0.03)^2 = 60.17, so 61
        RuleResult r = tprDifference(5, 0.17, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.105–0.295), "
                + "but expected maximum is 0.170 ('b' 0.600, 'c' 0.400); inconclusive: the 95% CI straddles the maximum, "
                + "so this test set cannot decide the rule at its size; about 61 images per group would (the smallest "
                + "group, n = 6, scaled by (distance from the value to the CI bound beyond the limit 0.095 / to the "
                + "limit 0.030)²)",
                RuleMessages.violation(r));
    }

    @Test
    void aStraddledMinimumIsInconclusiveToo() {
        // ratio 0.667, its simultaneous interval (log scale) reaching 0.942, minimum 0.7 inside it:
        // 4 x ((0.942 - 0.667) / 0.0333)^2 = 272
        RuleResult r = evaluate(1, "selectionRate", GapMethod.RATIO, null, 0.7, MissingPolicy.WARN, GateOn.POINT, 41);
        assertEquals(RuleStatus.VIOLATED, r.status());
        assertEquals("inconclusive: the 95% CI straddles the minimum, so this test set cannot decide the rule at its "
                + "size; about 272 images per group would (the smallest group, n = 4, scaled by (distance from the value "
                + "to the CI bound beyond the limit 0.275 / to the limit 0.033)²)", r.inconclusive().message(r.rule(), r.interval()));
    }

    @Test
    void anIntervalOnOneSideOfTheLimitIsNotInconclusive() {
        assertNull(tprDifference(5, 0.1, MissingPolicy.WARN, GateOn.POINT, 41).inconclusive());
        assertNull(tprDifference(5, 0.3, MissingPolicy.WARN, GateOn.POINT, 41).inconclusive());
    }

    @Test
    void anIntervalGatedRuleIsDecidedByItsIntervalAndNeverCalledInconclusive() {
        assertNull(tprDifference(5, 0.25, MissingPolicy.WARN, GateOn.SIGNIFICANT, 41).inconclusive());
        assertNull(tprDifference(5, 0.25, MissingPolicy.WARN, GateOn.CERTAIN, 41).inconclusive());
    }
}

package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.gate.Gate;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.Verdict;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.TestReplicates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The verdict banner blames the groups a rule left out only when the gate decided that they are what failed it.
 * Fairlearn's example with a minimum group size of 5 leaves group 'a' (n = 4) out of every rule; replicates chosen
 * by hand give the TPR difference of 'b' and 'c' (0.200) the interval 0.105–0.295 (as in the gate's tests).
 */
class VerdictBannerBlameTest {
    @TempDir
    Path dir;

    private static BootstrapReplicates replicates() {
        return TestReplicates.of(new BootstrapSettings(41, 0.95, 42), "group", List.of("a", "b", "c"),
                (r, group, metric) -> metric != Metric.TPR ? 0.5 : switch (group) {
                    case "a" -> 0.95;
                    case "b" -> 0.5 + 0.005 * r;
                    default -> 0.4;
                });
    }

    /** The banner's lines with one rule on TPR difference, gated as given, under onMissing=fail. */
    private List<String> banner(GateOn gateOn, double maximum) {
        return report(gateOn, maximum).select("#fr-verdict .fr-verdict-violations li").eachText();
    }

    private org.jsoup.nodes.Document report(GateOn gateOn, double maximum) {
        EvaluationResult r = ReportFixtures.evaluate(ReportFixtures.predictions(dir, ReportFixtures.GROUP), 5, List.of());
        Rule rule = new Rule(Measure.parse("tpr"), "group", null, GapMethod.DIFFERENCE, null, maximum, null,
                MissingPolicy.FAIL, gateOn);
        Verdict verdict = new Gate(5).evaluate(List.of(rule), Map.of("y", r.labels().get(0).metrics()),
                Map.of("y", replicates()));
        EvaluationResult judged = new EvaluationResult(r.createdAt(), r.pluginVersion(), r.model(), r.data(),
                r.minGroupSize(), r.labels(), verdict, r.predictions(), r.bootstrap(), r.validationSource(),
                r.minClassCount(), r.groupings());
        return ReportFixtures.document(ReportFixtures.source(judged));
    }

    @Test
    void aCertainRuleWhoseIntervalReachesAboveTheLimitIsNotBlamedOnTheGroupLeftOut() {
        // the value 0.200 is within 0.250, but the upper bound 0.295 is not: the interval failed the rule
        assertEquals(List.of("TPR difference by group for y is 0.200 (0.105–0.295); the limit is ≤ 0.250, and the "
                + "farther bound of the interval, 0.295, is beyond it (gateOn certain)."),
                banner(GateOn.CERTAIN, 0.25));
    }

    @Test
    void aSignificantRuleWhoseIntervalLiesAboveTheLimitIsNotBlamedOnTheGroupLeftOut() {
        assertEquals(List.of("TPR difference by group for y is 0.200 (0.105–0.295); the limit is ≤ 0.100, and even "
                + "the nearer bound of the interval, 0.105, is beyond it (gateOn significant)."),
                banner(GateOn.SIGNIFICANT, 0.10));
    }

    @Test
    void aRuleWhoseIntervalIsWithinTheLimitIsBlamedOnTheGroupLeftOut() {
        assertEquals(List.of("TPR difference by group for y is 0.200 (0.105–0.295) (limit ≤ 0.300), but groups were "
                + "left out and the rule's policy is onMissing=fail."), banner(GateOn.CERTAIN, 0.30));
    }

    @Test
    void theRulesTableSaysWhichBoundTheGateComparedAndOnWhichSideOfTheLimitItLies() {
        assertEquals("≤ 0.250 gateOn certain: the farther bound, 0.295, of the 95% CI (simultaneous over 1 "
                + "comparison) is beyond the limit, so the gap is not certainly within it",
                report(GateOn.CERTAIN, 0.25).selectFirst("table.fr-rules tbody tr td:nth-child(6)").text());
        assertEquals("≤ 0.300 gateOn significant: the nearer bound, 0.105, of the 95% CI (simultaneous over 1 "
                + "comparison) is not beyond the limit, so the gap is not significantly beyond it",
                report(GateOn.SIGNIFICANT, 0.30).selectFirst("table.fr-rules tbody tr td:nth-child(6)").text());
    }

    @Test
    void theStatusOfAnIntervalGatedRuleSaysTheIntervalDecidedIt() {
        org.jsoup.nodes.Document doc = report(GateOn.CERTAIN, 0.25);
        assertEquals("✗ Violated decided by the 95% CI (gateOn certain), not by the value",
                doc.selectFirst("table.fr-rules tbody tr td.fr-status").text());
        assertEquals("0 of 1 rule met, 1 violated, 0 undetermined. 1 rule was decided by its confidence interval "
                + "(gateOn significant or certain), not by the value.", doc.selectFirst(".fr-verdict-counts").text());
    }
}

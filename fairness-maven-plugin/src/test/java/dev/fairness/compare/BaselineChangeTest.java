package dev.fairness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change rules against a baseline, on the seeded pair with a planted regression and a planted improvement. */
class BaselineChangeTest {
    private static final PlantedPair PAIR = new PlantedPair();

    @TempDir
    Path dir;

    private static ChangeRule tprDifference(double maxIncrease, GateOn gateOn) {
        return new ChangeRule(new Measure(Metric.TPR, null), ChangeScope.GAP, "sex", null, GapMethod.DIFFERENCE, null,
                maxIncrease, null, gateOn, List.of());
    }

    private ComparisonResult run(List<Double> candidate, ChangeRule... rules) throws IOException {
        Path base = PAIR.write(dir.resolve("baseline.csv"), PAIR.baseline());
        Path cand = PAIR.write(dir.resolve("candidate.csv"), candidate);
        Rule absolute = new Rule(new Measure(Metric.TPR, null), "sex", null, GapMethod.DIFFERENCE, null, 0.10, null,
                MissingPolicy.WARN);
        return PlantedPair.compare(PlantedPair.spec(cand, dir.resolve("out"), 1000).withRules(absolute),
                ComparisonSpec.NONE.withBaseline(new Baseline(base, null), List.of(rules)));
    }

    @Test
    void aPlantedRegressionOfTheTprDifferenceFailsWithTheRegressionLineWhileTheAbsoluteRulePasses() throws IOException {
        ComparisonResult result = run(PAIR.regression(), tprDifference(0.02, GateOn.POINT));

        assertEquals("Regression for label 'Effusion', attribute 'sex': TPR difference grew from 0.040 to 0.090 "
                + "(+0.050, 95% CI +0.010 to +0.098), but the allowed increase is 0.020",
                result.changes().get(0).message());
        assertTrue(result.candidates().get(0).result().verdict().passed(), "the absolute TPR rule (max 0.10) passes");
        assertFalse(result.passed());
    }

    @Test
    void aPlantedRegressionIsSignificantWhenEvenTheNearerBoundExceedsTheAllowedIncrease() throws IOException {
        ComparisonResult result = run(PAIR.regression(), tprDifference(0.01, GateOn.SIGNIFICANT));

        assertEquals(RuleStatus.VIOLATED, result.changes().get(0).status());
    }

    @Test
    void aPlantedImprovementPasses() throws IOException {
        ComparisonResult result = run(PAIR.improvement(), tprDifference(0.02, GateOn.POINT));

        assertEquals("Change within limit for label 'Effusion', attribute 'sex': TPR difference fell from 0.040 to "
                + "0.010 (-0.030, 95% CI -0.067 to +0.000; allowed increase 0.020)", result.changes().get(0).message());
        assertTrue(result.passed());
    }

    @Test
    void aBaselineMissingIdsIsAnErrorWithTheCounts() throws IOException {
        Path base = PAIR.write(dir.resolve("baseline.csv"), PAIR.baseline(), 0, 397, r -> r);
        Path cand = PAIR.write(dir.resolve("candidate.csv"), PAIR.regression());

        InputException e = assertThrows(InputException.class, () -> PlantedPair.compare(
                PlantedPair.spec(cand, dir.resolve("out"), 0),
                ComparisonSpec.NONE.withBaseline(new Baseline(base, null), List.of(tprDifference(0.02, GateOn.POINT)))));
        assertEquals("The baseline predictions " + base + " do not cover the same images as the test set: 3 of the "
                + "test set's 400 ids are missing there ('img397', 'img398', 'img399'), and 0 of its 397 ids are not "
                + "in the test set. A baseline must be scored on the same test set with the same labels: write it "
                + "with fairness:baseline from this test set, or point <baseline> at such predictions.", e.getMessage());
    }

    @Test
    void aBaselineWithOtherLabelsIsAnError() throws IOException {
        Path base = PAIR.write(dir.resolve("baseline.csv"), PAIR.baseline(), 0, 400,
                r -> r[0].equals("img7") ? new String[] {r[0], r[1].equals("1") ? "0" : "1", r[2]} : r);
        Path cand = PAIR.write(dir.resolve("candidate.csv"), PAIR.regression());

        InputException e = assertThrows(InputException.class, () -> PlantedPair.compare(
                PlantedPair.spec(cand, dir.resolve("out"), 0),
                ComparisonSpec.NONE.withBaseline(new Baseline(base, null), List.of())));
        assertEquals("The baseline predictions " + base + " disagree with the test set on label 'Effusion' of 1 "
                + "image (first: id 'img7' is 1 in the test set, 0 there). A baseline must be scored on the same test "
                + "set with the same labels: write it with fairness:baseline from this test set, or point <baseline> "
                + "at such predictions.", e.getMessage());
    }
}

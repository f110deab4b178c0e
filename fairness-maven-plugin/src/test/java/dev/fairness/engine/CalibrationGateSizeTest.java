package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.dataset.Predictions;
import dev.fairness.gate.Gate;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.LabelMetricsCalculator;
import dev.fairness.metrics.Parallel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The size of the calibration gate: how often a perfectly calibrated model fails {@code ece worst <= limit,
 * significant}. Each simulated test set has two groups of n rows; a row's score is Uniform(0, 1) and its label
 * Bernoulli(score), so both groups are perfectly calibrated, and the rule goes through the gate with the engine's own
 * calibration tests (999 draws per group, family-wise 95%). With a limit of 0 the rule fails whenever the test
 * rejects calibration in some group, so its false-alarm rate is the test's size, which must be 4–6%.
 *
 * <p>The default run simulates 200 test sets per size (the rate's standard error is then 1.5 points, so it must
 * lie in 2–9%); the full run ({@code -Pcalibration-simulations}, 4,000 per size, a standard error of 0.35 points)
 * must lie in 4–6%, and runs of 1,000 ({@code -Dfairness.calibrationSimulations=1000}) in 3.5–6.5% (twice their
 * standard error of 0.7 points; 4–6% would fail a correct 5% test one time in six). All print the
 * rates of the limits 0 and 0.05 and, for comparison, how often the plug-in worst-group ECE alone exceeds 0.05
 * (what a point rule on it would fail).
 */
class CalibrationGateSizeTest {
    private static final int SIMULATIONS = Integer.getInteger("fairness.calibrationSimulations", 200);

    private record Outcome(boolean failsAtZero, boolean failsAtFivePercent, boolean plugInAboveFivePercent) {
    }

    private static Outcome simulate(int n, int sim) {
        SplittableRandom random = new SplittableRandom(977L * n + sim);
        boolean[] truth = new boolean[2 * n];
        double[] scores = new double[2 * n];
        int[] groupOf = new int[2 * n];
        String[] ids = new String[2 * n];
        String[] sex = new String[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            scores[i] = random.nextDouble();
            truth[i] = random.nextDouble() < scores[i];
            groupOf[i] = i < n ? 0 : 1;
            ids[i] = "r" + i;
            sex[i] = i < n ? "F" : "M";
        }
        Grouping grouping = new Grouping("sex", List.of("F", "M"), groupOf);
        Predictions predictions = new Predictions(List.of("y"), ids, new boolean[][] {truth}, new double[][] {scores},
                Map.of("sex", sex));
        Map<String, LabelMetrics> metrics = Map.of("y",
                new LabelMetricsCalculator().compute(truth, scores, 0.5, List.of(grouping)));
        Gate gate = new Gate(1, 0, new GroupCalibrationTests(predictions, List.of(grouping), sim, 0.95));
        List<RuleResult> results = gate.evaluate(List.of(rule(0.0), rule(0.05)), metrics).results();
        return new Outcome(results.get(0).isViolated(), results.get(1).isViolated(),
                results.get(1).gap().value().value() > 0.05);
    }

    private static Rule rule(double maximum) {
        return new Rule(Measure.parse("ece"), "sex", null, GapMethod.WORST, null, maximum, null, MissingPolicy.WARN,
                GateOn.SIGNIFICANT);
    }

    private static double[] rates(int n) {
        List<Outcome> outcomes = Parallel.map(SIMULATIONS, Parallel.defaultThreads(), sim -> simulate(n, sim));
        double[] rates = new double[3];
        for (Outcome o : outcomes) {
            rates[0] += o.failsAtZero() ? 1 : 0;
            rates[1] += o.failsAtFivePercent() ? 1 : 0;
            rates[2] += o.plugInAboveFivePercent() ? 1 : 0;
        }
        for (int i = 0; i < 3; i++) {
            rates[i] /= SIMULATIONS;
        }
        System.out.printf(Locale.ROOT, "Calibration gate, 2 calibrated groups of %d, %d simulated test sets: fails "
                        + "ece worst <= 0 significant %.1f%%, <= 0.05 significant %.1f%%; plug-in worst ECE > 0.05 in "
                        + "%.1f%%%n", n, SIMULATIONS, 100 * rates[0], 100 * rates[1], 100 * rates[2]);
        return rates;
    }

    private static void assertSize(double rate) {
        double low = SIMULATIONS >= 4000 ? 0.04 : SIMULATIONS >= 1000 ? 0.035 : 0.02;
        double high = SIMULATIONS >= 4000 ? 0.06 : SIMULATIONS >= 1000 ? 0.065 : 0.09;
        assertTrue(rate >= low && rate <= high, String.format(Locale.ROOT,
                "false-alarm rate %.3f outside %.2f–%.2f over %d simulations", rate, low, high, SIMULATIONS));
    }

    @Test
    void calibratedGroupsOf100FailTheCalibrationGateAtItsNominalRate() {
        double[] rates = rates(100);
        assertSize(rates[0]);
        assertTrue(rates[1] <= rates[0], "a limit above 0 can only fail less often");
    }

    @Test
    void calibratedGroupsOf1000FailTheCalibrationGateAtItsNominalRate() {
        double[] rates = rates(1000);
        assertSize(rates[0]);
        assertTrue(rates[1] <= rates[0], "a limit above 0 can only fail less often");
    }
}

package dev.fairness.engine;

import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A finished evaluation with intervals, a chosen threshold and rules of every kind, for report tests. */
public final class EvaluatorStatisticsFixtures {
    private EvaluatorStatisticsFixtures() {
    }

    public static EvaluationResult result(Path dir) {
        List<Rule> rules = List.of(
                new Rule(Measure.parse("tpr"), "sex", null, GapMethod.DIFFERENCE, null, 0.1, null, MissingPolicy.WARN,
                        GateOn.SIGNIFICANT),
                new Rule(Measure.parse("auc"), "sex", null, GapMethod.DIFFERENCE, null, 0.3, null, MissingPolicy.WARN,
                        GateOn.CERTAIN),
                new Rule(Measure.parse("tpr"), "age", null, GapMethod.DIFFERENCE, null, 0.2, null, MissingPolicy.WARN,
                        GateOn.POINT));
        return result(dir, rules);
    }

    /** The same evaluation with other rules (the test set is written once per folder). */
    public static EvaluationResult result(Path dir, List<Rule> rules) {
        Path test = dir.resolve("test.csv");
        if (!java.nio.file.Files.exists(test)) {
            test = StatisticsFixture.write(dir, "test.csv", 1);
        }
        return new Evaluator(EvaluationLog.SILENT, "test").evaluate(StatisticsFixture.spec(test, rules,
                new BootstrapSettings(200, 0.95, 42), OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.2),
                Map.of(), Map.of(), null, null));
    }
}

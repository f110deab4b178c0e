package dev.fairness.report.ci;

import dev.fairness.compare.Baseline;
import dev.fairness.compare.ChangeRule;
import dev.fairness.compare.ChangeScope;
import dev.fairness.compare.ComparisonEvaluator;
import dev.fairness.compare.ComparisonResult;
import dev.fairness.compare.ComparisonSpec;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Inputs;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A candidate compared with a baseline through the real engine: the candidate is {@link CiFixtures}' Fairlearn
 * example (TPR of y: a 0.5, b 0.6, c 0.4, difference 0.200); the baseline detects one more of c's positives (row
 * s14: c 0.6, difference 0.100). Change rule 1, "the TPR difference by group may grow by at most 0.050", applies to
 * both labels: for y it grew by +0.100 (violated), for z (no positives) it is undefined (undetermined). Change rule
 * 2, "no group's selection rate may drop by more than 0.500", is met for both.
 */
final class ChangeFixtures {
    static final ChangeRule TPR_GROWTH = new ChangeRule(Measure.parse("tpr"), ChangeScope.GAP, "group", null,
            GapMethod.DIFFERENCE, null, 0.05, null, GateOn.POINT, List.of());
    static final ChangeRule SELECTION_RATE_DROP = new ChangeRule(Measure.parse("selectionRate"), ChangeScope.GROUP,
            "group", null, null, null, null, 0.5, GateOn.POINT, List.of());

    private ChangeFixtures() {
    }

    static ComparisonResult regression(Path dir) {
        try {
            Path candidate = CiFixtures.predictions(Files.createDirectories(dir.resolve("candidate")), CiFixtures.GROUP);
            Path baselineFolder = Files.createDirectories(dir.resolve("baseline-files"));
            Path baseline = baselineFolder.resolve("predictions.csv");
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(candidate));
            // row s14 (a positive of c that the candidate misses with score 0.20 for y) detected by the baseline
            lines.replaceAll(line -> line.startsWith("s14,1,0.20,") ? line.replaceFirst(",0.20,", ",0.70,") : line);
            Files.write(baseline, lines);
            EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(candidate, LabelSpec.binaryColumns(
                            List.of("y", "z"))), dir.resolve("out"))
                    .withGroupings(Groupings.of("group").withMinGroupSize(0).withMinClassCount(0))
                    .withBootstrap(new BootstrapSettings(200, 0.95, 42))
                    .withRules(List.of(CiFixtures.SELECTION_RATE_DIFFERENCE));
            ComparisonSpec comparison = ComparisonSpec.NONE.withBaseline(new Baseline(baseline, null),
                    List.of(TPR_GROWTH, SELECTION_RATE_DROP));
            return new ComparisonEvaluator(new Evaluator(EvaluationLog.SILENT, "1.2.3"), EvaluationLog.SILENT, 2)
                    .evaluate(spec, comparison);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

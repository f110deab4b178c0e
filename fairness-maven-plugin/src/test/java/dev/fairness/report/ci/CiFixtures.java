package dev.fairness.report.ci;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Inputs;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluations for the CI files, through the real engine: Fairlearn's documentation example (18 samples, groups a, b,
 * c: TPR a 0.5, b 0.6, c 0.4; selection rate a 0.75, b 0.5, c 0.5) as label {@code y}, and a label {@code z} without
 * positives, read from a predictions CSV.
 */
final class CiFixtures {
    static final String[] TRUE = "0 1 1 1 1 0 1 0 1 0 0 0 1 1 1 1 1 1".split(" ");
    static final String[] PRED = "0 0 1 0 1 1 1 0 0 1 1 1 1 0 0 1 1 0".split(" ");
    static final String[] GROUP = "b b a b b c c c a a c a b c c b c c".split(" ");
    /** TPR difference 0.2 > 0.1 for y: violated; for z (no positives) undefined: undetermined. */
    static final Rule TPR_DIFFERENCE = rule("tpr", 0.10);
    /** Selection rate difference 0.25 <= 0.30 for y and z: met. */
    static final Rule SELECTION_RATE_DIFFERENCE = rule("selectionRate", 0.30);

    private CiFixtures() {
    }

    static Rule rule(String metric, double maximum) {
        return new Rule(Measure.parse(metric), "group", null, GapMethod.DIFFERENCE, null, maximum, null, MissingPolicy.WARN);
    }

    /** The predictions file with the given group names (one per sample) in {@code dir}. */
    static Path predictions(Path dir, String[] groups) {
        List<String> lines = new ArrayList<>();
        lines.add("id,true_y,score_y,true_z,score_z,group");
        for (int i = 0; i < TRUE.length; i++) {
            double score = PRED[i].equals("1") ? 0.55 + 0.05 * (i % 8) : 0.45 - 0.05 * (i % 8);
            lines.add(String.format(Locale.ROOT, "s%02d,%s,%.2f,0,%.2f,%s", i + 1, TRUE[i], score, score,
                    csvCell(groups[i])));
        }
        try {
            return Files.write(dir.resolve("predictions.csv"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvCell(String text) {
        return text.matches("[A-Za-z0-9 ]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    static EvaluationResult evaluate(Path predictions, BootstrapSettings bootstrap, Rule... rules) {
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(predictions, LabelSpec.binaryColumns(List.of("y", "z"))),
                        predictions.getParent().resolve("out"))
                .withGroupings(Groupings.of("group").withMinGroupSize(0).withMinClassCount(0))
                .withBootstrap(bootstrap)
                .withRules(List.of(rules));
        return new Evaluator(EvaluationLog.SILENT, "1.2.3").evaluate(spec);
    }

    /** Fairlearn's example with 200 bootstrap replicates: rule 1 (TPR, y) violated, 2 (TPR, z) undetermined, 3-4 met. */
    static EvaluationResult fairlearn(Path dir) {
        return evaluate(predictions(dir, GROUP), new BootstrapSettings(200, 0.95, 42),
                TPR_DIFFERENCE, SELECTION_RATE_DIFFERENCE);
    }
}

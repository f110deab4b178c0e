package dev.fairness.report;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Evaluator;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.GapMethod;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluations to render: Fairlearn's documentation example (18 samples, groups a, b, c, known rates) read from a
 * predictions CSV through the real engine, with variations (a group without positives, a row without a group,
 * hostile group names).
 */
final class ReportFixtures {
    static final String[] TRUE = "0 1 1 1 1 0 1 0 1 0 0 0 1 1 1 1 1 1".split(" ");
    static final String[] PRED = "0 0 1 0 1 1 1 0 0 1 1 1 1 0 0 1 1 0".split(" ");
    static final String[] GROUP = "b b a b b c c c a a c a b c c b c c".split(" ");
    /** TPR a .5, b .6, c .4: a difference of 0.2. */
    static final Rule TPR_DIFFERENCE = rule("tpr", GapMethod.DIFFERENCE, 0.10, null);
    /** Selection rate a .75, b .5, c .5: a difference of 0.25. */
    static final Rule SELECTION_RATE_DIFFERENCE = rule("selectionRate", GapMethod.DIFFERENCE, 0.30, null);

    private ReportFixtures() {
    }

    static Rule rule(String metric, GapMethod gap, Double maximum, Double minimum) {
        return new Rule(Measure.parse(metric), "group", null, gap, null, maximum, minimum, MissingPolicy.WARN);
    }

    /** One CSV row per sample: id, truth, score, group; {@code extra} rows are appended as written. */
    static Path predictions(Path dir, String[] groups, String... extra) {
        List<String> lines = new ArrayList<>();
        lines.add("id,true_y,score_y,group");
        for (int i = 0; i < TRUE.length; i++) {
            // predicted positive rows score above 0.5, the others below, spread so that the curves have steps
            double score = PRED[i].equals("1") ? 0.55 + 0.05 * (i % 8) : 0.45 - 0.05 * (i % 8);
            lines.add(String.format(Locale.ROOT, "s%02d,%s,%.2f,%s", i + 1, TRUE[i], score, groups[i]));
        }
        lines.addAll(List.of(extra));
        Path file = dir.resolve("predictions.csv");
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static EvaluationResult evaluate(Path predictions, int minGroupSize, List<Rule> rules) {
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(predictions, LabelSpec.binaryColumns(List.of("y"))),
                        predictions.getParent().resolve("out"))
                .withGroupings(Groupings.of("group").withMinGroupSize(minGroupSize).withMinClassCount(0))
                .withRules(rules);
        return new Evaluator(EvaluationLog.SILENT, "1.2.3").evaluate(spec);
    }

    static ReportSource fairlearn(Path dir, int minGroupSize, Rule... rules) {
        return source(evaluate(predictions(dir, GROUP), minGroupSize, List.of(rules)));
    }

    static ReportSource source(EvaluationResult result) {
        return new ReportSource(result, "demo-model");
    }

    static ReportPage page(ReportSource source) {
        return HtmlReport.render(source, Locale.ENGLISH);
    }

    static Document document(ReportSource source) {
        return Jsoup.parse(page(source).document());
    }
}

package dev.fairness.compare;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Inputs;
import dev.fairness.metrics.BootstrapSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A seeded pair of models on 400 images (200 per sex, 100 positives each, threshold 0.5): the baseline detects 80 of
 * F's positives and 84 of M's (TPR difference 0.04, FPR 0.10 in both); {@link #regression} misses 5 more of F's
 * (difference 0.09: +0.050 exactly), {@link #improvement} detects 3 more (difference 0.01: -0.030).
 */
final class PlantedPair {
    static final List<String> LABELS = List.of("Effusion");

    private final List<String[]> rows = new ArrayList<>();
    private final List<Double> scores = new ArrayList<>();

    PlantedPair() {
        Random random = new Random(12);
        for (String sex : new String[] {"F", "M"}) {
            int detected = sex.equals("F") ? 80 : 84;
            for (int k = 0; k < 100; k++) {
                add(sex, "1", k < detected ? 0.55 + 0.4 * random.nextDouble() : 0.10 + 0.35 * random.nextDouble());
            }
            for (int k = 0; k < 100; k++) {
                add(sex, "0", k < 10 ? 0.50 + 0.2 * random.nextDouble() : 0.05 + 0.4 * random.nextDouble());
            }
        }
    }

    private void add(String sex, String truth, double score) {
        rows.add(new String[] {"img" + rows.size(), truth, sex});
        scores.add(score);
    }

    /** The baseline's scores. */
    List<Double> baseline() {
        return List.copyOf(scores);
    }

    /** 5 of F's detected positives scored below the threshold. */
    List<Double> regression() {
        return changed(true, 5, s -> s * 0.5);
    }

    /** 3 of F's missed positives scored above it. */
    List<Double> improvement() {
        return changed(false, 3, s -> 0.5 + s / 2);
    }

    private List<Double> changed(boolean detected, int count, UnaryOperator<Double> change) {
        List<Double> out = new ArrayList<>(scores);
        int changed = 0;
        for (int i = 0; i < rows.size() && changed < count; i++) {
            if (rows.get(i)[2].equals("F") && rows.get(i)[1].equals("1") && (scores.get(i) >= 0.5) == detected) {
                out.set(i, change.apply(scores.get(i)));
                changed++;
            }
        }
        return out;
    }

    /** Writes the rows with these scores as a predictions CSV, rows {@code from} to {@code to}. */
    Path write(Path file, List<Double> with, int from, int to, UnaryOperator<String[]> row) throws IOException {
        StringBuilder csv = new StringBuilder("id,true_Effusion,score_Effusion,sex\n");
        for (int i = from; i < to; i++) {
            String[] r = row.apply(rows.get(i).clone());
            csv.append(r[0]).append(',').append(r[1]).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", with.get(i))).append(',').append(r[2]).append('\n');
        }
        Files.writeString(file, csv);
        return file;
    }

    Path write(Path file, List<Double> with) throws IOException {
        return write(file, with, 0, rows.size(), UnaryOperator.identity());
    }

    static EvaluationSpec spec(Path candidate, Path out, int replicates) {
        return EvaluationSpec.of(Inputs.predictions(candidate, LabelSpec.binaryColumns(LABELS)), out)
                .withGroupings(Groupings.of("sex")).withBootstrap(new BootstrapSettings(replicates, 0.95, 42));
    }

    static ComparisonResult compare(EvaluationSpec spec, ComparisonSpec comparison) {
        return new ComparisonEvaluator(new Evaluator(EvaluationLog.SILENT, "test"), EvaluationLog.SILENT, 2)
                .evaluate(spec, comparison);
    }
}

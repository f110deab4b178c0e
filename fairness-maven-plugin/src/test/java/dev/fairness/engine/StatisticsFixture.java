package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.OperatingPointSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded predictions CSV (Effusion; sex and age) and specs that read it, for tests of the statistics stage end to
 * end: 160 rows, women's positives scored lower than men's, and a 6-row age group '80+' with no positives.
 */
final class StatisticsFixture {
    static final List<String> LABELS = List.of("Effusion");

    private StatisticsFixture() {
    }

    /** Writes the CSV; {@code seed} varies the scores (a validation set is the same design with another seed). */
    static Path write(Path dir, String name, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        lines.add("id,true_Effusion,score_Effusion,sex,age");
        for (int i = 0; i < 160; i++) {
            String sex = i % 2 == 0 ? "F" : "M";
            boolean old = i >= 154;
            int age = old ? 85 : 20 + random.nextInt(55);
            boolean positive = !old && random.nextDouble() < 0.4;
            double shift = positive ? (sex.equals("F") ? 0.15 : 0.3) : 0;
            double score = Math.min(1, Math.max(0, 0.3 + shift + 0.15 * random.nextGaussian()));
            lines.add(String.format(Locale.ROOT, "r%03d,%d,%.4f,%s,%d", i, positive ? 1 : 0, score, sex, age));
        }
        Path file = dir.resolve(name);
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A spec on a predictions file, attributes sex and age (bins 0, 40, 80). */
    static EvaluationSpec spec(Path predictions, List<Rule> rules, BootstrapSettings bootstrap,
                               OperatingPointSpec operatingPoint, Map<String, OperatingPointSpec> perLabel,
                               Map<String, Double> thresholds, Path validationManifest, Path validationPredictions) {
        Inputs inputs = Inputs.predictions(predictions, LabelSpec.binaryColumns(LABELS))
                .withValidationManifest(validationManifest).withValidationPredictions(validationPredictions);
        return EvaluationSpec.of(inputs, predictions.getParent().resolve("out"))
                .withGroupings(Groupings.of("sex", "age").withBins("age", 0.0, 40.0, 80.0).withMinGroupSize(10)
                        .withMinClassCount(0))
                .withOperatingPoints(OperatingPoints.DEFAULT.withThresholds(thresholds).withChosen(operatingPoint)
                        .withPerLabel(perLabel))
                .withRules(rules).withBootstrap(bootstrap);
    }
}

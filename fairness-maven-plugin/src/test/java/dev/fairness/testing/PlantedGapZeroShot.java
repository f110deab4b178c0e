package dev.fairness.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.ImageInput;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Throughput;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.inference.Device;
import dev.fairness.metrics.GapMethod;
import dev.fairness.testing.SyntheticTestSet.Sample;
import dev.fairness.zeroshot.Ensemble;
import dev.fairness.zeroshot.ScoringMode;
import dev.fairness.zeroshot.ZeroShotClass;
import dev.fairness.zeroshot.ZeroShotSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A zero-shot model on the planted-gap test set ({@link SyntheticTestSets#plantedGap}) with the integration tests'
 * seeded dual encoder ({@code sample-project/src/test/zero-shot/make_zero_shot_model.py}, committed under
 * {@code src/it/_data/zero-shot}): its image tower embeds an image as (z, 1, 0, ...) with z the planted classifier's
 * logit, so every pair score can be recomputed from the Python text embeddings ({@link #expectedPairScores}).
 */
public final class PlantedGapZeroShot {
    public static final Path TOWERS = Path.of("").toAbsolutePath().getParent().resolve("src/it/_data/zero-shot");
    private static final String POSITIVE = "a chest x-ray showing pleural effusion";
    private static final String NEGATIVE = "a chest x-ray showing no pleural effusion";
    private static final Rule TPR_BY_SEX = new Rule(Measure.parse("tpr"), "sex", null, GapMethod.DIFFERENCE, null,
            0.10, null, MissingPolicy.WARN);

    private PlantedGapZeroShot() {
    }

    /**
     * Pair scoring of Effusion ("a chest x-ray showing {}" against "... no {}").
     *
     * @param text       the text tower, used with the committed tokenizer when {@code embeddings} is null
     * @param embeddings a prompt embeddings file instead of the text tower, or null
     * @param scale      the configured logit scale, or null for the model's
     */
    public static ZeroShotSpec towers(Path image, Path text, Path embeddings, int context, Double scale) {
        return new ZeroShotSpec(image, embeddings == null ? text : null, embeddings == null ? TOWERS.resolve(
                "tokenizer.json") : null, context, 0, embeddings, ScoringMode.PAIR, Ensemble.EMBEDDING_MEAN, scale,
                List.of(new ZeroShotClass("Effusion", "pleural effusion", List.of("a chest x-ray showing {}"),
                        List.of("a chest x-ray showing no {}"))));
    }

    /** The committed ONNX image and text towers. */
    public static ZeroShotSpec onnxTowers(int context, Double scale) {
        return towers(TOWERS.resolve("image_encoder.onnx"), TOWERS.resolve("text_encoder.onnx"), null, context,
                scale);
    }

    /** The test set in {@code dir} scored by {@code zeroShot} on the CPU, with a TPR rule by sex. */
    public static EvaluationSpec spec(Path dir, ZeroShotSpec zeroShot, ImageInput input) {
        Inputs inputs = Inputs.images(zeroShot.imageEncoder(), dir.resolve("manifest.csv"),
                LabelSpec.binaryColumns(List.of("Effusion")));
        return EvaluationSpec.of(inputs, dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU).withInput(input).withZeroShot(zeroShot))
                .withThroughput(new Throughput(0, 1)).withRules(TPR_BY_SEX)
                .withGroupings(Groupings.of("sex").withMinGroupSize(30).withMinClassCount(0));
    }

    /** The planted-gap image tower without a logit scale: (16 * mean - 8, 1, 0, ..., 0). */
    public static Path bareImageTower(Path dir) {
        float[][] weights = {{16}, {0}, {0}, {0}, {0}, {0}, {0}, {0}};
        return OnnxModelWriter.write(dir.resolve("bare_image_encoder.onnx"), OnnxModelWriter.meanPoolClassifier(
                1, 32, 32, weights, new float[] {-8, 1, 0, 0, 0, 0, 0, 0}, OnnxModelWriter.Activation.NONE, -1));
    }

    /**
     * Each sample's pair probability, {@code sigmoid(scale * (cos(image, positive) - cos(image, negative)))}, from
     * its planted score and the committed prompt embeddings (what the ONNX text tower computes).
     */
    public static double[] expectedPairScores(List<Sample> samples, double scale) {
        JsonNode text;
        try {
            text = new ObjectMapper().readTree(TOWERS.resolve("prompt_embeddings.json").toFile()).get("embeddings");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] expected = new double[samples.size()];
        for (int i = 0; i < expected.length; i++) {
            double s = samples.get(i).scores()[0];
            double[] image = {Math.log(s / (1 - s)), 1, 0, 0, 0, 0, 0, 0};
            expected[i] = 1 / (1 + Math.exp(scale * (cosine(image, text.get(NEGATIVE))
                    - cosine(image, text.get(POSITIVE)))));
        }
        return expected;
    }

    private static double cosine(double[] image, JsonNode text) {
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int i = 0; i < image.length; i++) {
            dot += image[i] * text.get(i).asDouble();
            a += image[i] * image[i];
            b += text.get(i).asDouble() * text.get(i).asDouble();
        }
        return dot / Math.sqrt(a * b);
    }
}

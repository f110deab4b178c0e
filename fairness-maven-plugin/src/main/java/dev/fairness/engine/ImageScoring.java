package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.ImageDecoder;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.ImageScorer;
import dev.fairness.inference.ModelInfo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Scores every image of a manifest: decode, preprocess into a direct batch buffer, run the model. Results are
 * returned label-major ({@code scores[label][row]}) in manifest order.
 */
final class ImageScoring {
    static final int DEFAULT_BATCH = 16;

    private ImageScoring() {
    }

    /** The preprocessing for a model: what the user set, the rest from the model's input. */
    static Preprocessing preprocessing(ImageInput input, ModelInfo model) {
        int width = size(input.width(), model.width(), "width", model);
        int height = size(input.height(), model.height(), "height", model);
        Preprocessing.ChannelMode channels = input.channels() != null ? input.channels()
                : model.channels() == 1 ? Preprocessing.ChannelMode.GREY : Preprocessing.ChannelMode.RGB;
        Preprocessing.Layout layout = Preprocessing.Layout.valueOf(model.layout().name());
        Preprocessing.ResizeMode resize = input.resize() != null ? input.resize() : Preprocessing.ResizeMode.STRETCH;
        return new Preprocessing(width, height, resize, channels, input.mean(), input.std(), layout);
    }

    private static int size(Integer configured, int fromModel, String name, ModelInfo model) {
        if (configured != null) {
            return configured;
        }
        if (fromModel < 0) {
            throw new InputException(model.file() + " has a dynamic input " + name + " (" + model.describeInput()
                    + "). Set <preprocessing><" + name + "> to the size the model was trained on.");
        }
        return fromModel;
    }

    static double[][] score(Manifest manifest, Preprocessor preprocessor, ImageScorer scorer, int batchSize,
                            EvaluationLog log) {
        int n = manifest.size();
        int labels = scorer.labels();
        double[][] scores = new double[labels][n];
        int sample = preprocessor.sampleSize();
        FloatBuffer batch = ByteBuffer.allocateDirect(Math.multiplyExact(batchSize, sample) * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        long start = System.nanoTime();
        for (int from = 0; from < n; from += batchSize) {
            int count = Math.min(batchSize, n - from);
            for (int i = 0; i < count; i++) {
                int row = from + i;
                preprocessor.write(ImageDecoder.decode(manifest.row(row).image(), manifest.location(row)), batch, i);
            }
            batch.position(0).limit(count * sample);
            double[][] batchScores = scorer.score(batch, count);
            batch.limit(batch.capacity());
            for (int i = 0; i < count; i++) {
                for (int l = 0; l < labels; l++) {
                    scores[l][from + i] = batchScores[i][l];
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info(String.format(java.util.Locale.ROOT, "Scored %d images in %.1f s (%.1f images/s).", n, seconds,
                n / Math.max(seconds, 1e-9)));
        return scores;
    }
}

package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.DecodeBudget;
import dev.fairness.dataset.FloatImage;
import dev.fairness.dataset.ImageDecoder;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.ImageScorer;
import dev.fairness.inference.ModelInfo;

import dev.fairness.pipeline.ImageSource;
import dev.fairness.pipeline.PipelineSettings;
import dev.fairness.pipeline.Progress;
import dev.fairness.pipeline.ScoringPipeline;

/**
 * Scores every image of a manifest: the preprocessing a model needs, and the pipelined decode, preprocess and
 * inference loop. Results are returned label-major ({@code scores[label][row]}) in manifest order.
 */
final class ImageScoring {
    private ImageScoring() {
    }

    /** The preprocessing for a model: what the user set, the rest from the model's input. */
    static Preprocessing preprocessing(ImageInput input, ModelInfo model) {
        int width = size(input.width(), model.width(), "width", model);
        int height = size(input.height(), model.height(), "height", model);
        Preprocessing.ChannelMode channels = input.channels() != null ? input.channels()
                : model.channels() == 1 ? Preprocessing.ChannelMode.GREY : Preprocessing.ChannelMode.RGB;
        Preprocessing.ResizeMode resize = input.resize() != null ? input.resize() : Preprocessing.ResizeMode.STRETCH;
        return new Preprocessing(width, height, resize, channels, input.mean(), input.std(), model.layout());
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

    /**
     * Scores every row of the manifest through the {@link ScoringPipeline}, logging progress every few seconds and
     * one summary line at the end.
     */
    static double[][] score(Manifest manifest, Preprocessor preprocessor, ImageScorer scorer,
                            PipelineSettings settings, EvaluationLog log) {
        return score(manifest, preprocessor, scorer, settings, DecodeBudget.forWorkers(settings.workers()),
                ImageDecoder::decode, log);
    }

    /**
     * As above, with the memory budget of one image's decoding and the decoder.
     */
    static double[][] score(Manifest manifest, Preprocessor preprocessor, ImageScorer scorer,
                            PipelineSettings settings, DecodeBudget budget, RowDecoder decoder, EvaluationLog log) {
        ImageSource images = new ImageSource() {
            @Override
            public FloatImage load(int row) {
                return decoder.decode(manifest.row(row).image(), manifest.location(row), budget);
            }

            @Override
            public String describe(int row) {
                return manifest.location(row) + ": image " + manifest.row(row).image();
            }
        };
        ScoringPipeline.Result result = new ScoringPipeline(settings, preprocessor, scorer)
                .score(manifest.size(), images, Progress.every5Seconds(manifest.size(), log::info));
        log.info(result.stats().summary());
        return result.scores();
    }
}

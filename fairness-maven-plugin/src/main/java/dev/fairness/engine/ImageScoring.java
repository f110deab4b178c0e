package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.DecodeBudget;
import dev.fairness.dataset.FloatImage;
import dev.fairness.dataset.ImageDecoder;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.ExecutionProviders;
import dev.fairness.inference.ImageScorer;
import dev.fairness.inference.InputShape;
import dev.fairness.inference.Layout;
import dev.fairness.inference.ModelInfo;
import dev.fairness.inference.Task;
import dev.fairness.inference.TorchNatives;
import dev.fairness.inference.TorchScriptScorer;

import dev.fairness.pipeline.ImageSource;
import dev.fairness.pipeline.PipelineSettings;
import dev.fairness.pipeline.Progress;
import dev.fairness.pipeline.ScoringPipeline;

import java.nio.file.Path;

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

    /**
     * What a TorchScript file declares about its input (nothing of its size, so {@code <preprocessing>} must give
     * it): the preprocessing is checked against this before the model is loaded.
     *
     * @param sha256 the file's hash, or {@code null} while it is still being computed
     */
    static ModelInfo declaredByTorchScript(EvaluationSpec spec, String sha256) {
        int channels = spec.inference().input().channels() == null ? 3 : spec.inference().input().channels().count();
        return new ModelInfo(spec.inputs().model(), sha256, "input 0", Layout.NCHW, channels, -1, -1, -1,
                "output 0", -1, -1, -1, TorchScriptScorer.PRODUCER);
    }

    /** The input a TorchScript model is given: the preprocessing's layout, channels and size. */
    static InputShape torchScriptInput(Preprocessing preprocessing) {
        return new InputShape(preprocessing.layout(), preprocessing.channels().count(), preprocessing.height(),
                preprocessing.width());
    }

    /** The runtime as the report names it: {@code ONNX Runtime 1.24.2}. */
    static String onnxRuntime() {
        return "ONNX Runtime " + ExecutionProviders.onnxRuntime().runtimeVersion();
    }

    /** The runtime as the report names it: {@code PyTorch 2.7.1 (DJL)}. */
    static String pyTorch() {
        return "PyTorch " + TorchNatives.PYTORCH_VERSION + " (DJL)";
    }

    /**
     * The workers and batch size of a scoring pipeline: what {@code spec} and {@code options} ask for, within the
     * cores and the model's fixed batch dimension ({@code -1} when it has none).
     */
    static PipelineSettings settings(EvaluationSpec spec, RunOptions options, long fixedBatch) {
        return PipelineSettings.of(options.workers(), spec.throughput().batchSize(), fixedBatch,
                Runtime.getRuntime().availableProcessors());
    }

    /** How many scores a classifier gives per image: one for a binary task, one per label otherwise. */
    static int scoredLabels(EvaluationSpec spec) {
        return spec.inference().task() == Task.BINARY ? 1 : spec.inputs().labels().labels().size();
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
     * Logs the line that says what is about to run, the same for every runtime: {@code Evaluating model.onnx on 40
     * images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).}
     */
    static void logEvaluating(EvaluationLog log, Path model, Manifest manifest, Path manifestFile, Object device,
                              PipelineSettings settings, Object input) {
        log.info("Evaluating " + model.getFileName() + " on " + manifest.size() + " images from "
                + manifestFile.getFileName() + " (device " + device + ", batch " + settings.batchSize()
                + ", input " + input + ").");
    }

    /**
     * Scores every row as {@link #score(Manifest, Preprocessor, ImageScorer, PipelineSettings, EvaluationLog)}, with
     * the decoder and the memory one image may take to decode: {@code <decodeBudgetMb>} when set, else a share of
     * the heap per worker.
     */
    static double[][] score(Manifest manifest, Preprocessor preprocessor, ImageScorer scorer,
                            PipelineSettings settings, RunOptions options, RowDecoder decoder, EvaluationLog log) {
        DecodeBudget budget = options.decodeBudgetMb() > 0 ? DecodeBudget.ofMegabytes(options.decodeBudgetMb())
                : DecodeBudget.forWorkers(settings.workers());
        return score(manifest, preprocessor, scorer, settings, budget, decoder, log);
    }

    private static double[][] score(Manifest manifest, Preprocessor preprocessor, ImageScorer scorer,
                                    PipelineSettings settings, DecodeBudget budget, RowDecoder decoder,
                                    EvaluationLog log) {
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

package dev.fairness.engine;

import dev.fairness.dataset.DecodeBudget;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.InputShape;
import dev.fairness.inference.Layout;
import dev.fairness.inference.ModelFile;
import dev.fairness.inference.ModelInfo;
import dev.fairness.inference.Task;
import dev.fairness.inference.TorchNatives;
import dev.fairness.inference.TorchScriptModel;
import dev.fairness.inference.TorchScriptScorer;
import dev.fairness.pipeline.PipelineSettings;

import java.nio.file.Path;

/**
 * Scores a test set with a TorchScript classifier through the same pipeline, progress and messages as an ONNX
 * one. A TorchScript file declares no input size, so {@code <preprocessing>} must give the width and height.
 */
final class TorchScriptScoring {
    private TorchScriptScoring() {
    }

    /** The scores ({@code [label][row]}) and what the report says about the model. */
    record Result(double[][] scores, ModelSummary summary) {
    }

    static Result score(EvaluationSpec spec, ModelFile modelFile, Manifest manifest, Path manifestFile,
                        RunOptions options, RowDecoder decoder, EvaluationLog log) {
        Path file = spec.inputs().model();
        String sha256 = modelFile.sha256();
        int channels = spec.inference().input().channels() == null
                ? 3 : spec.inference().input().channels().count();
        ModelInfo declared = new ModelInfo(file, sha256, "input 0", Layout.NCHW, channels, -1, -1, -1, "output 0", -1,
                -1, -1, TorchScriptScorer.PRODUCER);
        Preprocessing preprocessing = ImageScoring.preprocessing(spec.inference().input(), declared);
        InputShape shape = new InputShape(preprocessing.layout(),
                preprocessing.channels().count(), preprocessing.height(), preprocessing.width());
        try (TorchScriptModel model = TorchScriptModel.open(file, spec.inference().device(), log::warn)) {
            int labels = spec.inference().task() == Task.BINARY ? 1 : spec.inputs().labels().labels().size();
            TorchScriptScorer scorer = new TorchScriptScorer(model, shape, spec.inference().task(),
                    spec.inference().outputs(), labels, sha256);
            PipelineSettings settings = PipelineSettings.of(options.workers(), spec.throughput().batchSize(), -1,
                    Runtime.getRuntime().availableProcessors());
            log.info("Evaluating " + file.getFileName() + " on " + manifest.size() + " images from "
                    + manifestFile.getFileName() + " (device " + model.device() + ", batch " + settings.batchSize()
                    + ", input " + shape + ").");
            DecodeBudget budget = options.decodeBudgetMb() > 0 ? DecodeBudget.ofMegabytes(options.decodeBudgetMb())
                    : DecodeBudget.forWorkers(settings.workers());
            double[][] scores = ImageScoring.score(manifest, new Preprocessor(preprocessing), scorer, settings, budget,
                    decoder, log);
            return new Result(scores, new ModelSummary(scorer.info(), preprocessing, model.device(),
                    "PyTorch " + TorchNatives.PYTORCH_VERSION + " (DJL)"));
        }
    }
}

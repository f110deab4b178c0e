package dev.fairness.engine;

import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.InputShape;
import dev.fairness.inference.ModelFile;
import dev.fairness.inference.ModelHash;
import dev.fairness.inference.TorchScriptModel;
import dev.fairness.inference.TorchScriptScorer;
import dev.fairness.pipeline.PipelineSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

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
        return score(spec, ModelHash.of(spec.inputs().model(), modelFile), hashed -> { }, manifest, manifestFile,
                options, decoder, log);
    }

    /**
     * Scores while the model is hashed on another thread, says why the stored evaluation (under {@code pending}'s
     * key) is not used once the hash is known, and stores the scores under that key.
     */
    static Result scoreWhileHashing(EvaluationSpec spec, StoredScores.Pending pending, ModelHash hash,
                                    Manifest manifest, Path manifestFile, RunOptions options, RowDecoder decoder,
                                    EvaluationLog log) {
        StoredScores[] stored = new StoredScores[1];
        Result run = score(spec, hash, file -> {
            stored[0] = pending.withModel(file);
            stored[0].explainMiss(log);
        }, manifest, manifestFile, options, decoder, log);
        stored[0].store(run.scores(), run.summary(), log);
        return run;
    }

    /**
     * Scores while the model's hash may still be computed on another thread: DJL loads the model first, then the
     * hash is joined and handed to {@code hashed} (which says why the model runs), then the images are scored. The
     * device's warnings wait until {@code hashed} has spoken.
     */
    static Result score(EvaluationSpec spec, ModelHash hash, Consumer<ModelFile> hashed, Manifest manifest,
                        Path manifestFile, RunOptions options, RowDecoder decoder, EvaluationLog log) {
        Path file = spec.inputs().model();
        Preprocessing preprocessing = ImageScoring.preprocessing(spec.inference().input(),
                ImageScoring.declaredByTorchScript(spec, null));
        InputShape shape = ImageScoring.torchScriptInput(preprocessing);
        List<String> warnings = new ArrayList<>();
        long start = System.nanoTime();
        try (TorchScriptModel model = TorchScriptModel.open(file, spec.inference().device(), warnings::add)) {
            log.debug(String.format(Locale.ROOT, "Model cost: opening %s in PyTorch (DJL) took %.2f s",
                    file.getFileName(), (System.nanoTime() - start) / 1e9));
            ModelFile modelFile = hash.join();
            hashed.accept(modelFile);
            warnings.forEach(log::warn);
            String sha256 = modelFile.sha256();
            TorchScriptScorer scorer = new TorchScriptScorer(model, shape, spec.inference().task(),
                    spec.inference().outputs(), ImageScoring.scoredLabels(spec), sha256);
            PipelineSettings settings = ImageScoring.settings(spec, options, -1);
            ImageScoring.logEvaluating(log, file, manifest, manifestFile, model.device(), settings, shape);
            double[][] scores = ImageScoring.score(manifest, new Preprocessor(preprocessing), scorer, settings,
                    options, decoder, log);
            return new Result(scores, new ModelSummary(scorer.info(), preprocessing, model.device(),
                    ImageScoring.pyTorch()));
        }
    }
}

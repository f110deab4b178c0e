package dev.fairness.engine;

import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.Device;
import dev.fairness.inference.ImageEmbedder;
import dev.fairness.inference.ModelFile;
import dev.fairness.inference.ModelFiles;
import dev.fairness.inference.ModelInfo;
import dev.fairness.inference.OnnxImageEmbedder;
import dev.fairness.inference.OnnxModel;
import dev.fairness.inference.TorchImageEmbedder;
import dev.fairness.inference.TorchScriptModel;
import dev.fairness.pipeline.PipelineSettings;
import dev.fairness.zeroshot.LogitScale;
import dev.fairness.zeroshot.TextSide;
import dev.fairness.zeroshot.ZeroShotHead;
import dev.fairness.zeroshot.ZeroShotScorer;
import dev.fairness.zeroshot.ZeroShotSpec;
import dev.fairness.zeroshot.ZeroShotSummary;

import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * Scores a test set with a zero-shot model through the same pipeline, progress, devices and cache as a classifier:
 * the text side first (once per build, so a bad prompt or tokenizer fails before any image is read), then the image
 * tower (ONNX or TorchScript) with the {@link ZeroShotHead} as its classifier.
 */
final class ZeroShotScoring {
    private ZeroShotScoring() {
    }

    static TorchScriptScoring.Result score(EvaluationSpec spec, ModelFile modelFile, Manifest manifest,
                                           Path manifestFile, RunOptions options, RowDecoder decoder,
                                           EvaluationLog log, Path cacheFolder, ModelFiles modelFiles) {
        ZeroShotSpec zeroShot = spec.inference().zeroShot();
        TextSide text = TextSide.of(zeroShot, modelFiles, cacheFolder, log::warn);
        try (Tower tower = Tower.open(spec, modelFile, options, log)) {
            LogitScale scale = LogitScale.resolve(zeroShot, LogitScale.byFileKind(file -> file.equals(
                    spec.inputs().model()) ? tower.logitScale() : torchScriptScale(file, log)));
            ZeroShotScorer scorer = new ZeroShotScorer(tower.embedder(), new ZeroShotHead(zeroShot.mode(),
                    zeroShot.ensemble(), scale.value(), zeroShot.prompts(), text.embeddings()));
            ZeroShotSummary summary = ZeroShotSummary.of(zeroShot, scale, text);
            PipelineSettings settings = ImageScoring.settings(spec, options, tower.info().batchSize());
            ImageScoring.logEvaluating(log, spec.inputs().model(), manifest, manifestFile, tower.embedder().device(),
                    settings, tower.embedder().input());
            log.info(summary.describe());
            double[][] scores = ImageScoring.score(manifest, new Preprocessor(tower.preprocessing()), scorer, settings,
                    options, decoder, log);
            return new TorchScriptScoring.Result(scores, new ModelSummary(tower.info(), tower.preprocessing(),
                    tower.embedder().device(), tower.runtime(), summary));
        }
    }

    private static OptionalDouble torchScriptScale(Path file, EvaluationLog log) {
        if (!TorchScriptModel.isTorchScript(file)) {
            return OptionalDouble.empty();
        }
        try (TorchScriptModel model = TorchScriptModel.open(file, Device.CPU, log::warn)) {
            return model.scalarParameter("logit_scale");
        }
    }

    /**
     * The image tower, opened as a classifier of that runtime would be, with its preprocessing.
     *
     * @param logitScale a TorchScript tower's {@code logit_scale} parameter (an ONNX tower's is read from its file)
     */
    private record Tower(ImageEmbedder embedder, ModelInfo info, Preprocessing preprocessing, String runtime,
                         OptionalDouble logitScale) implements AutoCloseable {

        static Tower open(EvaluationSpec spec, ModelFile modelFile, RunOptions options, EvaluationLog log) {
            Path file = spec.inputs().model();
            if (TorchScriptModel.isTorchScript(file)) {
                ModelInfo declared = ImageScoring.declaredByTorchScript(spec, modelFile.sha256());
                Preprocessing preprocessing = ImageScoring.preprocessing(spec.inference().input(), declared);
                TorchScriptModel model = TorchScriptModel.open(file, spec.inference().device(), log::warn);
                return new Tower(new TorchImageEmbedder(model, ImageScoring.torchScriptInput(preprocessing)), declared, preprocessing,
                        ImageScoring.pyTorch(), model.scalarParameter("logit_scale"));
            }
            OnnxModel model = OnnxModel.open(file, modelFile, spec.inference().device(), spec.throughput().threads(),
                    OnnxInput.devices(options, log::warn));
            OnnxInput input = OnnxInput.of(spec, model);
            return new Tower(new OnnxImageEmbedder(model, input.shape()), model.info(), input.preprocessing(),
                    ImageScoring.onnxRuntime(), OptionalDouble.empty());
        }

        @Override
        public void close() {
            embedder.close();
        }
    }
}

package dev.fairness.engine;

import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.Device;
import dev.fairness.inference.ModelFiles;
import dev.fairness.inference.ModelHash;
import dev.fairness.inference.OnnxModel;
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
 * the image tower (ONNX or TorchScript) with the {@link ZeroShotHead} as its classifier, and the text side before any
 * image is read (once per build, so a bad prompt or tokenizer fails before the images).
 */
final class ZeroShotScoring {
    private ZeroShotScoring() {
    }

    /**
     * The scores of {@code manifest}, reused when stored under the same key. When nothing is stored (a first build,
     * or after a clean) the scores are computed whatever the hashes, so the tower is opened before anything is
     * hashed: a missing or broken tower fails at once, not after the text side, the images and the tower were
     * hashed. Otherwise the key decides first, and the tower is opened only on a miss. Each file is hashed once.
     *
     * @param cacheFolder the stored scores' folder in the output directory (one per manifest role)
     */
    static TorchScriptScoring.Result scoreOrReuse(EvaluationSpec spec, Manifest manifest, Path manifestFile,
                                                  String cacheFolder, RunOptions options, String pluginVersion,
                                                  RowDecoder decoder, ModelFiles modelFiles, EvaluationLog log) {
        Path file = spec.inputs().model();
        OnnxModel.requireModelFile(file, ZeroShotTower.PARAMETER);
        StoredScores stored = null;
        ModelHash hash = ModelHash.whenJoined(modelFiles, file, log::debug);
        if (StoredScores.anyStored(spec, cacheFolder)) {
            StoredScores.Pending pending = StoredScores.pending(spec, manifest, options, pluginVersion, cacheFolder,
                    modelFiles);
            stored = pending.withModel(hash.join());
            StoredScores.Reused reused = stored.reuse(log);
            if (reused != null) {
                return new TorchScriptScoring.Result(reused.scores(), reused.model());
            }
        }
        try (ZeroShotTower tower = ZeroShotTower.open(spec, hash, options, log)) {
            if (stored == null) {
                stored = StoredScores.of(spec, hash.join(), manifest, options, pluginVersion, cacheFolder,
                        modelFiles);
            }
            TorchScriptScoring.Result run = score(spec, tower, manifest, manifestFile, options, decoder, log,
                    spec.outputDirectory().resolve(cacheFolder), modelFiles);
            stored.store(run.scores(), run.summary(), log);
            return run;
        }
    }

    private static TorchScriptScoring.Result score(EvaluationSpec spec, ZeroShotTower tower, Manifest manifest,
                                                   Path manifestFile, RunOptions options, RowDecoder decoder,
                                                   EvaluationLog log, Path cacheFolder, ModelFiles modelFiles) {
        ZeroShotSpec zeroShot = spec.inference().zeroShot();
        TextSide text = TextSide.of(zeroShot, modelFiles, cacheFolder, log::warn);
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

    private static OptionalDouble torchScriptScale(Path file, EvaluationLog log) {
        if (!TorchScriptModel.isTorchScript(file)) {
            return OptionalDouble.empty();
        }
        try (TorchScriptModel model = TorchScriptModel.open(file, Device.CPU, log::warn)) {
            return model.scalarParameter("logit_scale");
        }
    }
}

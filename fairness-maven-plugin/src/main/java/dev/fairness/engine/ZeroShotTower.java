package dev.fairness.engine;

import dev.fairness.dataset.Preprocessing;
import dev.fairness.inference.ImageEmbedder;
import dev.fairness.inference.ModelHash;
import dev.fairness.inference.ModelInfo;
import dev.fairness.inference.OnnxImageEmbedder;
import dev.fairness.inference.OnnxModel;
import dev.fairness.inference.TorchImageEmbedder;
import dev.fairness.inference.TorchScriptModel;

import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * A zero-shot model's image tower, opened as a classifier of that runtime would be, with its preprocessing. The
 * runtime loads the file before its hash is joined, so a broken tower fails before it is hashed.
 *
 * @param logitScale a TorchScript tower's {@code logit_scale} parameter (an ONNX tower's is read from its file)
 */
record ZeroShotTower(ImageEmbedder embedder, ModelInfo info, Preprocessing preprocessing, String runtime,
                     OptionalDouble logitScale) implements AutoCloseable {
    /** The parameter that sets the tower, which its messages name. */
    static final String PARAMETER = "<zeroShot><imageEncoder>";

    /** @param hash the tower's hash, joined once the runtime has loaded the file */
    static ZeroShotTower open(EvaluationSpec spec, ModelHash hash, RunOptions options, EvaluationLog log) {
        Path file = spec.inputs().model();
        if (TorchScriptModel.isTorchScript(file)) {
            Preprocessing preprocessing = ImageScoring.preprocessing(spec.inference().input(),
                    ImageScoring.declaredByTorchScript(spec, null));
            TorchScriptModel model = TorchScriptModel.open(file, spec.inference().device(), log::warn, PARAMETER);
            try {
                ModelInfo declared = ImageScoring.declaredByTorchScript(spec, hash.join().sha256());
                return new ZeroShotTower(new TorchImageEmbedder(model, ImageScoring.torchScriptInput(preprocessing)),
                        declared, preprocessing, ImageScoring.pyTorch(), model.scalarParameter("logit_scale"));
            } catch (RuntimeException e) {
                model.close();
                throw e;
            }
        }
        OnnxModel model = OnnxModel.open(file, hash, spec.inference().device(), spec.throughput().threads(),
                OnnxInput.devices(options, log::warn), PARAMETER);
        try {
            OnnxInput input = OnnxInput.of(spec, model);
            return new ZeroShotTower(new OnnxImageEmbedder(model, input.shape()), model.info(),
                    input.preprocessing(), ImageScoring.onnxRuntime(), OptionalDouble.empty());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    @Override
    public void close() {
        embedder.close();
    }
}

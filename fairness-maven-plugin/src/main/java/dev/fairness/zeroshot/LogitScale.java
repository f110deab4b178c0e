package dev.fairness.zeroshot;

import dev.fairness.InputException;
import dev.fairness.inference.TorchScriptModel;

import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The logit scale that multiplies the cosine similarities, and where it came from. A configured scale wins over the
 * model's own: CheXzero scores raw cosines (scale 1) with a model that carries CLIP's trained scale. Otherwise the
 * image tower's {@code logit_scale}, then the text tower's, with exp() applied as CLIP does; else an error.
 *
 * @param source for the log and the reports, e.g. "configured" or "exp(logit_scale) of image_encoder.onnx"
 */
public record LogitScale(double value, String source) {

    /** Reads a tower's raw {@code logit_scale}, if it carries one. */
    public interface ModelReader {
        OptionalDouble read(Path tower);
    }

    public static LogitScale resolve(ZeroShotSpec spec, ModelReader models) {
        if (spec.logitScale() != null) {
            return new LogitScale(spec.logitScale(), "configured");
        }
        for (Path tower : spec.usesEmbeddingsFile() ? new Path[] {spec.imageEncoder()}
                : new Path[] {spec.imageEncoder(), spec.textEncoder()}) {
            OptionalDouble raw = models.read(tower);
            if (raw.isPresent()) {
                return new LogitScale(Math.exp(raw.getAsDouble()), "exp(logit_scale = "
                        + (float) raw.getAsDouble() + ") of " + tower.getFileName());
            }
        }
        throw new InputException("<zeroShot> has no <logitScale>, and " + (spec.usesEmbeddingsFile()
                ? spec.imageEncoder().getFileName() + " carries no"
                : "neither " + spec.imageEncoder().getFileName() + " nor " + spec.textEncoder().getFileName()
                + " carries a") + " logit_scale (an ONNX initializer or metadata property, a TorchScript parameter). "
                + "Set <logitScale>: 100 for CLIP (exp of its trained logit_scale), 1 for CheXzero's raw cosine "
                + "similarities.");
    }

    /** ONNX files are read without loading them; TorchScript files through {@code torchScript}. */
    public static ModelReader byFileKind(ModelReader torchScript) {
        return tower -> TorchScriptModel.isTorchScript(tower) ? torchScript.read(tower)
                : OnnxLogitScale.read(tower);
    }
}

package dev.fairness.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.fairness.InputException;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An ONNX image tower, opened as {@link OnnxModel} (same device selection and messages as a classifier), whose
 * first output is the {@code [N, D]} image embedding.
 */
public record OnnxImageEmbedder(OnnxModel model, InputShape input) implements ImageEmbedder {
    public OnnxImageEmbedder {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(input, "input");
    }

    @Override
    public Device device() {
        return model.device();
    }

    @Override
    public float[][] embed(FloatBuffer images, int count) {
        ModelInfo info = model.info();
        FloatBuffer chunk = images.duplicate();
        chunk.limit(chunk.position() + count * input.floatsPerImage());
        try (OnnxTensor tensor = OnnxTensor.createTensor(model.environment(), chunk.slice(), input.tensorShape(count));
             OrtSession.Result result = model.session().run(Map.of(info.inputName(), tensor),
                     Set.of(info.outputName()))) {
            OnnxTensor output = (OnnxTensor) result.get(0);
            long[] shape = output.getInfo().getShape();
            float[] values = new float[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
            output.getFloatBuffer().get(values);
            return EmbeddingRows.of(values, shape, count, info.file() + " output '" + info.outputName() + "'",
                    "encode_image");
        } catch (OrtException e) {
            throw new InputException("ONNX Runtime could not run " + info.file() + " on a batch of " + count
                    + " images of " + input + " (" + OrtMessages.reason(e) + ").", e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}

package dev.fairness.inference;

import java.nio.FloatBuffer;
import java.util.Objects;

/** A TorchScript image tower whose first output is the {@code [N, D]} image embedding. */
public record TorchImageEmbedder(TorchScriptModel model, InputShape input) implements ImageEmbedder {
    public TorchImageEmbedder {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(input, "input");
    }

    @Override
    public Device device() {
        return model.device();
    }

    @Override
    public float[][] embed(FloatBuffer images, int count) {
        TorchScriptModel.Output output = model.run(images, input.tensorShape(count));
        return EmbeddingRows.of(output.values(), output.shape(), count, model.file().toString(), "encode_image");
    }

    @Override
    public void close() {
        model.close();
    }
}

package dev.fairness.inference;

import java.nio.FloatBuffer;
import java.util.Objects;

/** A TorchScript image tower whose first output is the {@code [N, D]} image embedding. */
public final class TorchImageEmbedder implements ImageEmbedder {
    private final TorchScriptModel model;
    private final InputShape input;

    public TorchImageEmbedder(TorchScriptModel model, InputShape input) {
        this.model = Objects.requireNonNull(model, "model");
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public InputShape input() {
        return input;
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

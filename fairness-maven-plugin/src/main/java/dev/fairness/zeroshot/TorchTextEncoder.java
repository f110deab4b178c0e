package dev.fairness.zeroshot;

import dev.fairness.inference.Device;
import dev.fairness.inference.EmbeddingRows;
import dev.fairness.inference.TorchScriptModel;

import java.nio.file.Path;
import java.util.function.Consumer;

/** A TorchScript text tower taking {@code [N, context]} int64 token ids (CLIP's {@code encode_text}). */
public final class TorchTextEncoder implements TextEncoder {
    private final TorchScriptModel model;

    public TorchTextEncoder(Path file, Device device, Consumer<String> warnings) {
        this.model = TorchScriptModel.open(file, device, warnings);
    }

    @Override
    public float[][] encode(PromptTokenizer.Tokens[] tokens) {
        int length = tokens[0].ids().length;
        long[] ids = new long[tokens.length * length];
        for (int i = 0; i < tokens.length; i++) {
            System.arraycopy(tokens[i].ids(), 0, ids, i * length, length);
        }
        TorchScriptModel.Output output = model.run(ids, tokens.length, length);
        return EmbeddingRows.of(output.values(), output.shape(), tokens.length, model.file().toString(),
                "encode_text");
    }

    @Override
    public String describe() {
        return model.file().toString();
    }

    @Override
    public void close() {
        model.close();
    }
}

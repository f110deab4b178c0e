package dev.fairness.zeroshot;

import dev.fairness.inference.Device;
import dev.fairness.inference.ModelFiles;
import dev.fairness.inference.TorchScriptModel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The text embeddings of a zero-shot model's prompts: read from the configured embeddings file, or encoded by the
 * text tower once and cached (see {@link EncodedPrompts#cached}); the text tower runs on the CPU, it encodes a few
 * prompts once per build.
 *
 * @param embeddings one per prompt of every class
 * @param origin     where they came from, for the log and the reports
 */
public record TextSide(PromptEmbeddings embeddings, String origin) {

    /** @param files the execution's memo of hashed files: the score cache's key hashed the text side already */
    public static TextSide of(ZeroShotSpec spec, ModelFiles files, Path cacheFolder, Consumer<String> warnings) {
        List<ClassPrompts> prompts = spec.prompts();
        if (spec.usesEmbeddingsFile()) {
            PromptEmbeddings read = PromptEmbeddingsFile.read(spec.promptEmbeddings());
            read.requireAll(prompts);
            return new TextSide(read, "read from " + spec.promptEmbeddings().getFileName());
        }
        boolean[] encoded = {false};
        PromptEmbeddings embeddings = EncodedPrompts.cached(cacheFolder, files, spec.textEncoder(), spec.tokenizer(),
                spec.contextLength(), spec.padId(), prompts, new EncodedPrompts.TextSideOpener() {
                    @Override
                    public PromptTokenizer tokenizer() {
                        return PromptTokenizer.open(spec.tokenizer(), spec.contextLength(), spec.padId());
                    }

                    @Override
                    public TextEncoder encoder() {
                        encoded[0] = true;
                        return TorchScriptModel.isTorchScript(spec.textEncoder())
                                ? new TorchTextEncoder(spec.textEncoder(), Device.CPU, warnings)
                                : new OnnxTextEncoder(spec.textEncoder());
                    }
                });
        return new TextSide(embeddings, (encoded[0] ? "encoded by " : "encoded earlier by ")
                + spec.textEncoder().getFileName() + " with " + spec.tokenizer().getFileName());
    }
}

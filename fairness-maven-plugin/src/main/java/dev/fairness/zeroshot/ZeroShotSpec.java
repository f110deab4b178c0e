package dev.fairness.zeroshot;

import dev.fairness.InputException;
import dev.fairness.inference.ModelFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A zero-shot model as the configuration gives it: the image tower, the text side (a text tower with its tokenizer,
 * or a file of precomputed prompt embeddings), the classes with their templates, and how similarities become
 * scores. Every component can change a score, so it is part of the score cache's key (through
 * {@code engine.Inference}); the bytes of the text side's files are added by {@link #filesDigest()}.
 *
 * @param imageEncoder     the image tower (ONNX or TorchScript)
 * @param textEncoder      the text tower (ONNX or TorchScript), or null with {@code promptEmbeddings}
 * @param tokenizer        the text tower's Hugging Face {@code tokenizer.json}, or null with {@code promptEmbeddings}
 * @param contextLength    the text tower's sequence length (CLIP: 77)
 * @param padId            the id after the last token
 * @param promptEmbeddings precomputed prompt embeddings, or null with a text tower
 * @param mode             softmax over the classes, or a positive-versus-negative pair per finding
 * @param ensemble         how the prompts of one class are combined
 * @param logitScale       the configured logit scale, or null to read it from the model
 * @param classes          in the order of the configured labels
 */
public record ZeroShotSpec(Path imageEncoder, Path textEncoder, Path tokenizer, int contextLength, long padId,
                           Path promptEmbeddings, ScoringMode mode, Ensemble ensemble, Double logitScale,
                           List<ZeroShotClass> classes) {

    public ZeroShotSpec {
        Objects.requireNonNull(imageEncoder, "imageEncoder");
        if ((promptEmbeddings == null) == (textEncoder == null || tokenizer == null)) {
            throw new IllegalArgumentException("a text encoder with its tokenizer, or a prompt embeddings file");
        }
        classes = List.copyOf(classes);
    }

    public boolean usesEmbeddingsFile() {
        return promptEmbeddings != null;
    }

    /** Every class's filled prompts, in label order. */
    public List<ClassPrompts> prompts() {
        List<ClassPrompts> prompts = new ArrayList<>();
        classes.forEach(c -> prompts.add(c.prompts(mode)));
        return prompts;
    }

    /** The files of the text side, whose bytes the scores depend on beyond their paths. */
    public List<Path> textFiles() {
        return usesEmbeddingsFile() ? List.of(promptEmbeddings) : List.of(textEncoder, tokenizer);
    }

    /**
     * The SHA-256 of each text-side file, for the score cache's key and the stored prompt embeddings' key.
     *
     * @param files the execution's memo, so each file is read once however often its hash is needed
     */
    public String filesDigest(ModelFiles files) {
        StringBuilder digest = new StringBuilder();
        for (Path file : textFiles()) {
            try {
                digest.append(file.getFileName()).append('=').append(files.sha256(file)).append(' ');
            } catch (IOException e) {
                throw new InputException("Could not read " + file + " (" + e.getMessage() + "). Check the "
                        + "<zeroShot> paths.", e);
            }
        }
        return digest.toString().strip();
    }
}

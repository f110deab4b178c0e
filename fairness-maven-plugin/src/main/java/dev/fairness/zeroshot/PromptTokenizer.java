package dev.fairness.zeroshot;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.fairness.InputException;
import dev.fairness.inference.DjlOffline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prompts to token ids with a Hugging Face {@code tokenizer.json} (DJL's tokenizers, no network), as a text
 * tower takes them: the tokenizer's own special tokens (CLIP: start and end of text), then the pad id up to the
 * context length, and an attention mask (1 for tokens, 0 for padding) for the towers that take one.
 *
 * <p>A prompt longer than the context length is an error, not truncated: cutting it would silently score a
 * different prompt (CLIP's own {@code tokenize} refuses it too unless told to truncate).
 */
public final class PromptTokenizer implements AutoCloseable {
    private final Path file;
    private final HuggingFaceTokenizer tokenizer;
    private final int contextLength;
    private final long padId;

    private PromptTokenizer(Path file, HuggingFaceTokenizer tokenizer, int contextLength, long padId) {
        this.file = file;
        this.tokenizer = tokenizer;
        this.contextLength = contextLength;
        this.padId = padId;
    }

    /**
     * @param contextLength the text tower's sequence length (CLIP: 77)
     * @param padId the id after the last token (CLIP's {@code tokenize}: 0; some exports expect the end-of-text id)
     * @throws InputException when the file is missing or not a tokenizer
     */
    public static PromptTokenizer open(Path file, int contextLength, long padId) {
        if (contextLength < 2) {
            throw new InputException("The context length is " + contextLength + ". Use the text encoder's sequence "
                    + "length, e.g. 77 for CLIP.");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException("Tokenizer file not found: " + file + ". Give the text encoder's Hugging Face "
                    + "tokenizer.json.");
        }
        DjlOffline.enable();
        try {
            return new PromptTokenizer(file, HuggingFaceTokenizer.newInstance(file,
                    Map.of("addSpecialTokens", "true", "padding", "false", "truncation", "false")), contextLength, padId);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + " is not a Hugging Face tokenizer.json that DJL's tokenizers can load ("
                    + firstLine(e.getMessage()) + "). Give the tokenizer.json saved with the text encoder "
                    + "(tokenizer.save_pretrained writes one).", e);
        }
    }

    public Path file() {
        return file;
    }

    public int contextLength() {
        return contextLength;
    }

    /** Token ids and attention mask of one prompt, each {@code contextLength} long. */
    public Tokens tokenize(String prompt) {
        Encoding encoding = tokenizer.encode(prompt);
        long[] ids = encoding.getIds();
        if (ids.length > contextLength) {
            throw new InputException("The prompt '" + prompt + "' is " + ids.length + " tokens long with "
                    + file.getFileName() + ", more than the context length of " + contextLength + ". Shorten it: "
                    + "a truncated prompt would be scored as a different text.");
        }
        long[] padded = new long[contextLength];
        long[] mask = new long[contextLength];
        for (int i = 0; i < contextLength; i++) {
            padded[i] = i < ids.length ? ids[i] : padId;
            mask[i] = i < ids.length ? 1 : 0;
        }
        return new Tokens(padded, mask);
    }

    /** Ids and attention mask, both of the context length. */
    public record Tokens(long[] ids, long[] attentionMask) {
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}

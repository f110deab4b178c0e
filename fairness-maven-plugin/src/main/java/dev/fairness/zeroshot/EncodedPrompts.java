package dev.fairness.zeroshot;

import dev.fairness.InputException;

import dev.fairness.Sha256;
import dev.fairness.inference.ModelFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The text side of a zero-shot model computed by its text encoder: every prompt tokenized and encoded once, in one
 * batch. The result is stored under a key of everything it depends on (the text encoder's and the tokenizer's
 * bytes, the context length, the pad id and the prompts), so the next build with the same text side reads it back
 * instead of loading the text encoder.
 */
public final class EncodedPrompts {
    private EncodedPrompts() {
    }

    /** Tokenizes and encodes the prompts of every class. */
    public static PromptEmbeddings encode(List<ClassPrompts> classes, PromptTokenizer tokenizer, TextEncoder encoder) {
        List<String> prompts = prompts(classes);
        PromptTokenizer.Tokens[] tokens = new PromptTokenizer.Tokens[prompts.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokenizer.tokenize(prompts.get(i));
        }
        float[][] rows = encoder.encode(tokens);
        Map<String, float[]> byPrompt = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            byPrompt.put(prompts.get(i), rows[i]);
        }
        return new PromptEmbeddings(encoder.describe(), byPrompt);
    }

    /**
     * The embeddings from the cache folder when a build with the same text side stored them, else computed and
     * stored there (and the files no build is likely to use again deleted: {@link StoredPromptEmbeddings}).
     *
     * @param open opens the tokenizer and the text encoder, only when they are needed
     */
    public static PromptEmbeddings cached(Path cacheFolder, ModelFiles files, Path textEncoder, Path tokenizerFile,
                                          int contextLength, long padId, List<ClassPrompts> classes,
                                          TextSideOpener open) {
        String key = key(files, textEncoder, tokenizerFile, contextLength, padId, classes);
        StoredPromptEmbeddings store = new StoredPromptEmbeddings(cacheFolder);
        Path file = store.file(key);
        PromptEmbeddings stored = store.read(file);
        if (stored != null && stored.byPrompt().keySet().containsAll(prompts(classes))) {
            return stored;
        }
        PromptEmbeddings computed;
        try (PromptTokenizer tokenizer = open.tokenizer(); TextEncoder encoder = open.encoder()) {
            computed = encode(classes, tokenizer, encoder);
        }
        try {
            store.store(file, computed, "text encoder " + textEncoder.getFileName() + ", tokenizer "
                    + tokenizerFile.getFileName() + ", key " + key);
        } catch (IOException e) {
            throw new InputException("Could not store the prompt embeddings in " + file + " (" + e.getMessage()
                    + "). Check that the cache folder is writable.", e);
        }
        return computed;
    }

    /** Opens the text side lazily, so a cached build never loads the text encoder. */
    public interface TextSideOpener {
        PromptTokenizer tokenizer();

        TextEncoder encoder();
    }

    /**
     * SHA-256 of the text encoder's and the tokenizer's hashes (from the execution's memo: the score cache's key
     * needs them too), the context length, pad id and sorted prompts.
     */
    static String key(ModelFiles files, Path textEncoder, Path tokenizerFile, int contextLength, long padId,
                      List<ClassPrompts> classes) {
        StringBuilder text = new StringBuilder();
        text.append("encoder ").append(sha256(files, textEncoder)).append("\ntokenizer ")
                .append(sha256(files, tokenizerFile)).append("\ncontext ").append(contextLength)
                .append("\npad ").append(padId).append('\n');
        for (String prompt : new TreeSet<>(prompts(classes))) {
            text.append(prompt).append('\n');
        }
        return Sha256.of(text.toString());
    }

    static List<String> prompts(List<ClassPrompts> classes) {
        TreeSet<String> distinct = new TreeSet<>();
        classes.forEach(c -> distinct.addAll(c.all()));
        return List.copyOf(distinct);
    }

    private static String sha256(ModelFiles files, Path file) {
        try {
            return files.sha256(file);
        } catch (IOException e) {
            throw new InputException("Could not read " + file + " (" + e.getMessage() + ").", e);
        }
    }
}

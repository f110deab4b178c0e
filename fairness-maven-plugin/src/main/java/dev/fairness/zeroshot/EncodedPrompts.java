package dev.fairness.zeroshot;

import dev.fairness.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    public static PromptEmbeddings cached(Path cacheFolder, Path textEncoder, Path tokenizerFile, int contextLength,
                                          long padId, List<ClassPrompts> classes, TextSideOpener open) {
        String key = key(textEncoder, tokenizerFile, contextLength, padId, classes);
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

    /** SHA-256 of the text encoder's bytes, the tokenizer's bytes, the context length, pad id and sorted prompts. */
    static String key(Path textEncoder, Path tokenizerFile, int contextLength, long padId, List<ClassPrompts> classes) {
        MessageDigest sha = sha256();
        digestFile(sha, textEncoder);
        digestFile(sha, tokenizerFile);
        sha.update(("context " + contextLength + "\npad " + padId + "\n").getBytes(StandardCharsets.UTF_8));
        for (String prompt : new TreeSet<>(prompts(classes))) {
            sha.update((prompt + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static List<String> prompts(List<ClassPrompts> classes) {
        TreeSet<String> distinct = new TreeSet<>();
        classes.forEach(c -> distinct.addAll(c.all()));
        return List.copyOf(distinct);
    }

    private static void digestFile(MessageDigest sha, Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new InputException("Could not read " + file + " (" + e.getMessage() + ").", e);
        }
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

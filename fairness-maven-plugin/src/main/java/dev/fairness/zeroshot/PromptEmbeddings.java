package dev.fairness.zeroshot;

import dev.fairness.InputException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text embeddings by prompt, all of one width, as a text encoder returns them (not yet normalised).
 *
 * @param source where they came from, for messages (the text encoder or the embeddings file)
 */
public record PromptEmbeddings(String source, Map<String, float[]> byPrompt) {

    public PromptEmbeddings {
        byPrompt = Collections.unmodifiableMap(new LinkedHashMap<>(byPrompt));
        int width = -1;
        String first = null;
        for (Map.Entry<String, float[]> entry : byPrompt.entrySet()) {
            int w = entry.getValue().length;
            if (w == 0) {
                throw new InputException(source + ": the embedding of prompt '" + entry.getKey() + "' is empty.");
            }
            if (width >= 0 && w != width) {
                throw new InputException(source + ": the embedding of prompt '" + entry.getKey() + "' has " + w
                        + " values but that of '" + first + "' has " + width + ". All text embeddings must have the "
                        + "width of the image embeddings.");
            }
            width = w;
            first = first == null ? entry.getKey() : first;
        }
    }

    /** The embeddings' width, or -1 when there are none. */
    public int width() {
        return byPrompt.values().stream().mapToInt(e -> e.length).findFirst().orElse(-1);
    }

    /**
     * The embedding of one prompt.
     *
     * @throws InputException when the source has none for it
     */
    public float[] of(String prompt) {
        float[] embedding = byPrompt.get(prompt);
        if (embedding == null) {
            throw new InputException(source + " has no embedding for the prompt '" + prompt + "'. Compute one for "
                    + "every prompt the configuration makes (each template with each class name).");
        }
        return embedding;
    }

    /** Checks that there is an embedding for each prompt of each class. */
    public void requireAll(List<ClassPrompts> classes) {
        for (ClassPrompts c : classes) {
            c.all().forEach(this::of);
        }
    }
}

package dev.fairness.zeroshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Precomputed prompt embeddings, for teams that encode their prompts elsewhere, and the plugin's own cache of
 * computed ones. The format is one JSON object:
 *
 * <pre>{@code
 * {"embeddings": {"pneumonia": [0.012, -0.4, ...], "no pneumonia": [...]}}
 * }</pre>
 *
 * <p>Keys are the prompts exactly as the templates produce them; values are the text encoder's output for the
 * prompt (normalised or not: the scorer normalises), all of one width. Other top-level fields are ignored, so a
 * file may say which model and tokenizer made it.
 */
public final class PromptEmbeddingsFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptEmbeddingsFile() {
    }

    /**
     * @throws InputException when the file is missing or not in the format above, naming the prompt at fault
     */
    public static PromptEmbeddings read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("Prompt embeddings file not found: " + file + ".");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException(file + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + "). " + FORMAT, e);
        } catch (IOException e) {
            throw new InputException("Could not read " + file + " (" + e.getMessage() + ").", e);
        }
        JsonNode embeddings = root == null ? null : root.get("embeddings");
        if (embeddings == null || !embeddings.isObject()) {
            throw new InputException(file + " has no \"embeddings\" object. " + FORMAT);
        }
        Map<String, float[]> byPrompt = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = embeddings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode values = entry.getValue();
            if (!values.isArray()) {
                throw new InputException(file + ": the embedding of prompt '" + entry.getKey() + "' is not an array of "
                        + "numbers. " + FORMAT);
            }
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                if (!values.get(i).isNumber()) {
                    throw new InputException(file + ": value " + (i + 1) + " of the embedding of prompt '"
                            + entry.getKey() + "' is " + values.get(i) + ", not a number. " + FORMAT);
                }
                vector[i] = values.get(i).floatValue();
            }
            byPrompt.put(entry.getKey(), vector);
        }
        return new PromptEmbeddings(file.toString(), byPrompt);
    }

    /** Writes embeddings in the same format, with a note of their origin. */
    public static void write(Path file, PromptEmbeddings embeddings, String origin) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("origin", origin);
        ObjectNode all = root.putObject("embeddings");
        for (Map.Entry<String, float[]> entry : embeddings.byPrompt().entrySet()) {
            ArrayNode values = all.putArray(entry.getKey());
            for (float v : entry.getValue()) {
                values.add(v);
            }
        }
        // a name of its own: two builds storing the same key at once each move a whole file into place
        Path temporary = file.resolveSibling(file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        JSON.writeValue(temporary.toFile(), root);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static final String FORMAT = "Write it as {\"embeddings\": {\"<prompt>\": [numbers], ...}} with one "
            + "entry per prompt.";
}

package dev.fairness.zeroshot;

import dev.fairness.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The precomputed prompt embeddings file: what it reads, and what it says about a broken one. */
class PromptEmbeddingsFileTest {
    @TempDir
    Path dir;

    @Test
    void writtenEmbeddingsReadBackExactly() throws IOException {
        Map<String, float[]> byPrompt = new LinkedHashMap<>();
        byPrompt.put("pneumonia", new float[] {0.1f, -2.5f, 3e-7f});
        byPrompt.put("no pneumonia", new float[] {1f, 0f, -1f});
        Path file = dir.resolve("embeddings.json");

        PromptEmbeddingsFile.write(file, new PromptEmbeddings("encoder", byPrompt), "test");
        PromptEmbeddings read = PromptEmbeddingsFile.read(file);

        assertEquals(file.toString(), read.source());
        assertArrayEquals(byPrompt.get("pneumonia"), read.of("pneumonia"));
        assertArrayEquals(byPrompt.get("no pneumonia"), read.of("no pneumonia"));
    }

    @Test
    void invalidJsonIsAnInputErrorWithLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"embeddings\": {\n  \"a\": [1, 2,]\n}}");

        InputException e = assertThrows(InputException.class, () -> PromptEmbeddingsFile.read(file));
        assertEquals(true, e.getMessage().startsWith(file + " is not valid JSON (line 2, column "), e.getMessage());
        assertEquals(true, e.getMessage().endsWith("Write it as {\"embeddings\": {\"<prompt>\": [numbers], ...}} "
                + "with one entry per prompt."), e.getMessage());
    }

    @Test
    void aFileWithoutEmbeddingsIsAnInputError() throws IOException {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"prompts\": []}");

        InputException e = assertThrows(InputException.class, () -> PromptEmbeddingsFile.read(file));
        assertEquals(file + " has no \"embeddings\" object. Write it as {\"embeddings\": {\"<prompt>\": [numbers], "
                + "...}} with one entry per prompt.", e.getMessage());
    }

    @Test
    void aValueThatIsNotANumberIsAnInputErrorNamingPromptAndPosition() throws IOException {
        Path file = Files.writeString(dir.resolve("text.json"), "{\"embeddings\": {\"edema\": [0.5, \"x\"]}}");

        InputException e = assertThrows(InputException.class, () -> PromptEmbeddingsFile.read(file));
        assertEquals(file + ": value 2 of the embedding of prompt 'edema' is \"x\", not a number. Write it as "
                + "{\"embeddings\": {\"<prompt>\": [numbers], ...}} with one entry per prompt.", e.getMessage());
    }

    @Test
    void aMissingFileIsAnInputError() {
        Path missing = dir.resolve("absent.json");

        InputException e = assertThrows(InputException.class, () -> PromptEmbeddingsFile.read(missing));
        assertEquals("Prompt embeddings file not found: " + missing + ".", e.getMessage());
    }
}

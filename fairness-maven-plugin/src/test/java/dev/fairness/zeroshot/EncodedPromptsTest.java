package dev.fairness.zeroshot;

import dev.fairness.inference.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The text side is encoded once and reused while the text encoder, tokenizer and prompts stay the same. */
class EncodedPromptsTest {
    @TempDir
    Path dir;

    private final AtomicInteger opened = new AtomicInteger();
    private final ModelFiles files = new ModelFiles();

    @Test
    void aSecondBuildWithTheSameTextSideReadsTheStoredEmbeddingsWithoutOpeningTheEncoder() throws IOException {
        Path encoderFile = Files.writeString(dir.resolve("text.onnx"), "encoder bytes");
        Path tokenizerFile = tokenizer();
        List<ClassPrompts> classes = List.of(ClassPrompts.pair("Edema", "edema", List.of("{}"), List.of("no {}")));
        Path cache = dir.resolve("cache");

        PromptEmbeddings first = EncodedPrompts.cached(cache, files, encoderFile, tokenizerFile, 77, 0, classes,
                opener(tokenizerFile));
        PromptEmbeddings second = EncodedPrompts.cached(cache, files, encoderFile, tokenizerFile, 77, 0, classes,
                opener(tokenizerFile));

        assertEquals(1, opened.get());
        assertArrayEquals(first.of("no edema"), second.of("no edema"));
        assertArrayEquals(new float[] {5, 1}, second.of("no edema"), "start, no, ed, ema, end");
    }

    @Test
    void theKeyChangesWithTheEncoderTheTokenizerThePromptsTheContextAndThePadId() throws IOException {
        Path encoderFile = Files.writeString(dir.resolve("text.onnx"), "encoder bytes");
        Path otherEncoder = Files.writeString(dir.resolve("other.onnx"), "other bytes");
        Path tokenizerFile = tokenizer();
        List<ClassPrompts> classes = List.of(ClassPrompts.pair("Edema", "edema", List.of("{}"), List.of("no {}")));
        List<ClassPrompts> more = List.of(ClassPrompts.pair("Edema", "edema", List.of("{}"), List.of("no {}", "{} absent")));
        String key = EncodedPrompts.key(files, encoderFile, tokenizerFile, 77, 0, classes);

        assertEquals(key, EncodedPrompts.key(files, encoderFile, tokenizerFile, 77, 0, classes));
        assertNotEquals(key, EncodedPrompts.key(files, otherEncoder, tokenizerFile, 77, 0, classes));
        assertNotEquals(key, EncodedPrompts.key(files, encoderFile, encoderFile, 77, 0, classes));
        assertNotEquals(key, EncodedPrompts.key(files, encoderFile, tokenizerFile, 77, 0, more));
        assertNotEquals(key, EncodedPrompts.key(files, encoderFile, tokenizerFile, 64, 0, classes));
        assertNotEquals(key, EncodedPrompts.key(files, encoderFile, tokenizerFile, 77, 49407, classes));
    }

    @Test
    void storingANewTextSideDeletesTheFilesUnusedSinceTheBuildStartedBeyondTheFourMostRecentlyUsed() throws IOException {
        Path encoderFile = Files.writeString(dir.resolve("text.onnx"), "encoder bytes");
        Path tokenizerFile = tokenizer();
        Path cache = Files.createDirectories(dir.resolve("cache"));
        // six text sides of earlier builds, last used 6, 5, ... 1 hours before this JVM started
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        for (int hours = 6; hours >= 1; hours--) {
            Path old = Files.writeString(cache.resolve("prompt-embeddings-00000000000000a" + hours + ".json"), "{}");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(jvmStart - hours * 3_600_000L));
        }
        List<ClassPrompts> classes = List.of(ClassPrompts.pair("Edema", "edema", List.of("{}"), List.of("no {}")));

        EncodedPrompts.cached(cache, files, encoderFile, tokenizerFile, 77, 0, classes, opener(tokenizerFile));

        String stored = "prompt-embeddings-" + EncodedPrompts.key(files, encoderFile, tokenizerFile, 77, 0, classes)
                .substring(0, 16) + ".json";
        assertEquals(List.of("prompt-embeddings-00000000000000a1.json", "prompt-embeddings-00000000000000a2.json",
                "prompt-embeddings-00000000000000a3.json", stored), names(cache));
    }

    @Test
    void aFileAnotherExecutionOfThisBuildUsedIsNeverDeletedHoweverManyThereAre() throws IOException {
        Path encoderFile = Files.writeString(dir.resolve("text.onnx"), "encoder bytes");
        Path tokenizerFile = tokenizer();
        Path cache = Files.createDirectories(dir.resolve("cache"));
        List<String> usedByThisBuild = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            // stored by six other executions of this build (after this JVM started)
            List<ClassPrompts> other = List.of(ClassPrompts.pair("Edema", "edema" + i, List.of("{}"), List.of("no {}")));
            EncodedPrompts.cached(cache, files, encoderFile, tokenizerFile, 77, 0, other, opener(tokenizerFile));
            usedByThisBuild.add("prompt-embeddings-" + EncodedPrompts.key(files, encoderFile, tokenizerFile, 77, 0, other)
                    .substring(0, 16) + ".json");
        }
        List<ClassPrompts> classes = List.of(ClassPrompts.pair("Edema", "edema", List.of("{}"), List.of("no {}")));

        EncodedPrompts.cached(cache, files, encoderFile, tokenizerFile, 77, 0, classes, opener(tokenizerFile));

        assertEquals(7, names(cache).size(), names(cache).toString());
        assertEquals(true, names(cache).containsAll(usedByThisBuild));
    }

    @Test
    void aStoredFileAnotherBuildDeletedIsEncodedAgainInsteadOfFailing() throws IOException {
        Path encoderFile = Files.writeString(dir.resolve("text.onnx"), "encoder bytes");
        Path tokenizerFile = tokenizer();
        Path cache = dir.resolve("cache");
        List<ClassPrompts> classes = List.of(ClassPrompts.pair("Edema", "edema", List.of("{}"), List.of("no {}")));
        StoredPromptEmbeddings store = new StoredPromptEmbeddings(cache);
        Path file = store.file(EncodedPrompts.key(files, encoderFile, tokenizerFile, 77, 0, classes));

        EncodedPrompts.cached(cache, files, encoderFile, tokenizerFile, 77, 0, classes, opener(tokenizerFile));
        Files.delete(file);
        PromptEmbeddings again = EncodedPrompts.cached(cache, files, encoderFile, tokenizerFile, 77, 0, classes,
                opener(tokenizerFile));

        assertEquals(null, store.read(cache.resolve("prompt-embeddings-0000000000000000.json")));
        assertEquals(2, opened.get());
        assertArrayEquals(new float[] {5, 1}, again.of("no edema"));
        assertEquals(true, Files.isRegularFile(file));
    }

    private static List<String> names(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** A text encoder that "embeds" a prompt as (its number of tokens with start and end, 1). */
    private EncodedPrompts.TextSideOpener opener(Path tokenizerFile) {
        return new EncodedPrompts.TextSideOpener() {
            @Override
            public PromptTokenizer tokenizer() {
                return PromptTokenizer.open(tokenizerFile, 77, 0);
            }

            @Override
            public TextEncoder encoder() {
                opened.incrementAndGet();
                return new TextEncoder() {
                    @Override
                    public float[][] encode(PromptTokenizer.Tokens[] tokens) {
                        float[][] rows = new float[tokens.length][];
                        for (int i = 0; i < tokens.length; i++) {
                            long count = Arrays.stream(tokens[i].attentionMask()).sum();
                            rows[i] = new float[] {count, 1};
                        }
                        return rows;
                    }

                    @Override
                    public String describe() {
                        return "counting encoder";
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
    }

    private Path tokenizer() throws IOException {
        Path file = dir.resolve("tokenizer.json");
        if (!Files.exists(file)) {
            try (InputStream in = new GZIPInputStream(
                    EncodedPromptsTest.class.getResourceAsStream("/zeroshot/tokenizer.json.gz"))) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}

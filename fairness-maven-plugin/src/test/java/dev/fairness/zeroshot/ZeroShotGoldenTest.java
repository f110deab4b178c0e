package dev.fairness.zeroshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.InputException;
import dev.fairness.dataset.ClipPreprocessing;
import dev.fairness.dataset.ImageDecoder;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.Device;
import dev.fairness.inference.DeviceSelector;
import dev.fairness.inference.ImageEmbedder;
import dev.fairness.inference.InputShape;
import dev.fairness.inference.Layout;
import dev.fairness.inference.OnnxImageEmbedder;
import dev.fairness.inference.OnnxModel;
import dev.fairness.inference.TorchImageEmbedder;
import dev.fairness.inference.TorchScriptModel;
import dev.fairness.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The zero-shot engine reproduces Python: token ids, text and image embeddings and the scores of every scoring
 * mode, through ONNX Runtime and through TorchScript. Golden values, models and CLIP's tokenizer come from
 * {@code zeroshot/make_dual_encoder.py} (its docstring has the command); the images from the shared data.
 */
class ZeroShotGoldenTest {
    private static final double SCORE_TOLERANCE = 1e-4;
    private static final double EMBEDDING_TOLERANCE = 1e-4;

    @TempDir
    static Path dir;
    private static JsonNode golden;
    private static PromptTokenizer tokenizer;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ZeroShotGoldenTest.class.getResourceAsStream("/zeroshot/golden.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        Path json = dir.resolve("tokenizer.json");
        try (InputStream in = new GZIPInputStream(
                ZeroShotGoldenTest.class.getResourceAsStream("/zeroshot/tokenizer.json.gz"))) {
            Files.copy(in, json);
        }
        tokenizer = PromptTokenizer.open(json, 77, 0);
        for (String name : List.of("image_encoder.onnx", "image_encoder.pt", "text_encoder.onnx", "text_encoder.pt",
                "prompt_embeddings.json")) {
            try (InputStream in = ZeroShotGoldenTest.class.getResourceAsStream("/zeroshot/" + name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @Test
    void clipsTokenizerJsonThroughDjlGivesTheTokenIdsOfClipsOwnTokenizer() {
        int prompts = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("prompts").fields(); it.hasNext(); prompts++) {
            Map.Entry<String, JsonNode> prompt = it.next();
            PromptTokenizer.Tokens tokens = tokenizer.tokenize(prompt.getKey());

            assertArrayEquals(longs(prompt.getValue().get("ids")), tokens.ids(), prompt.getKey());
        }
        assertEquals(25, prompts);
    }

    @Test
    void theAttentionMaskMarksTheTokensAndNotThePadding() {
        PromptTokenizer.Tokens tokens = tokenizer.tokenize("pneumonia");

        assertEquals(49406, tokens.ids()[0]);
        assertEquals(49407, tokens.ids()[2]);
        assertEquals(0, tokens.ids()[3]);
        assertEquals(3, Arrays.stream(tokens.attentionMask()).sum());
        assertEquals(0, tokens.attentionMask()[3]);
    }

    @Test
    void aPromptLongerThanTheContextIsAnErrorNotATruncation() {
        String prompt = golden.get("longPrompt").asText();

        InputException e = assertThrows(InputException.class, () -> tokenizer.tokenize(prompt));
        assertEquals("The prompt '" + prompt + "' is " + golden.get("longPromptTokens").asInt() + " tokens long with "
                + "tokenizer.json, more than the context length of 77. Shorten it: a truncated prompt would be "
                + "scored as a different text.", e.getMessage());
    }

    @Test
    void aFileThatIsNotATokenizerIsAnInputErrorNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("not-a-tokenizer.json"), "{\"model\": 1}");

        InputException e = assertThrows(InputException.class, () -> PromptTokenizer.open(bad, 77, 0));
        assertTrue(e.getMessage().startsWith(bad + " is not a Hugging Face tokenizer.json that DJL's tokenizers can "
                + "load ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("). Give the tokenizer.json saved with the text encoder "
                + "(tokenizer.save_pretrained writes one)."), e.getMessage());
    }

    @Test
    void aMissingTokenizerIsAnInputErrorNamingIt() {
        Path missing = dir.resolve("absent/tokenizer.json");

        InputException e = assertThrows(InputException.class, () -> PromptTokenizer.open(missing, 77, 0));
        assertEquals("Tokenizer file not found: " + missing + ". Give the text encoder's Hugging Face tokenizer.json.",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"onnx", "pt"})
    void textEmbeddingsMatchPython(String runtime) {
        PromptEmbeddings embeddings = textSide(runtime);

        double largest = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("prompts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> prompt = it.next();
            largest = Math.max(largest, largestDifference(prompt.getValue().get("embedding"),
                    embeddings.of(prompt.getKey())));
        }
        System.out.printf("zero-shot %s text embeddings vs Python: max |difference| %.2e%n", runtime, largest);
        assertTrue(largest <= EMBEDDING_TOLERANCE, "max |difference| " + largest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"onnx", "pt"})
    void imageEmbeddingsOfRealImagesMatchPython(String runtime) {
        FloatBuffer batch = images();
        float[][] embeddings;
        try (ImageEmbedder embedder = imageTower(runtime)) {
            embeddings = embedder.embed(batch, golden.get("images").size());
        }
        double largest = 0;
        for (int i = 0; i < embeddings.length; i++) {
            largest = Math.max(largest, largestDifference(golden.get("images").get(i).get("embedding"),
                    embeddings[i]));
        }
        System.out.printf("zero-shot %s image embeddings vs Python: max |difference| %.2e%n", runtime, largest);
        assertTrue(largest <= EMBEDDING_TOLERANCE, "max |difference| " + largest);
    }

    /** Every scoring mode, every ensemble, through each runtime and through the precomputed embeddings file. */
    @ParameterizedTest
    @ValueSource(strings = {"onnx", "pt", "file"})
    void scoresOfEveryModeMatchPython(String textSource) {
        PromptEmbeddings text = textSource.equals("file")
                ? PromptEmbeddingsFile.read(dir.resolve("prompt_embeddings.json")) : textSide(textSource);
        FloatBuffer batch = images();
        int count = golden.get("images").size();
        int modes = 0;
        double largest = 0;
        try (ImageEmbedder embedder = imageTower(textSource.equals("pt") ? "pt" : "onnx")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("modes").fields(); it.hasNext(); modes++) {
                Map.Entry<String, JsonNode> mode = it.next();
                String[] parts = mode.getKey().split("/");
                ScoringMode scoring = ScoringMode.parse(parts[0]);
                ZeroShotHead head = new ZeroShotHead(scoring, Ensemble.parse(parts[1]),
                        mode.getValue().get("scale").asDouble(), classes(scoring), text);
                double[][] scores = new ZeroShotScorer(embedder, head).score(batch, count);
                for (int i = 0; i < count; i++) {
                    largest = Math.max(largest, largestDifference(mode.getValue().get("scores").get(i), scores[i]));
                }
            }
        }
        System.out.printf("zero-shot scores (%s text side) vs Python, %d modes: max |difference| %.2e%n", textSource,
                modes, largest);
        assertEquals(9, modes);
        assertTrue(largest <= SCORE_TOLERANCE, "max |difference| " + largest);
    }

    @Test
    void imageAndTextEmbeddingsOfDifferentWidthsAreAnInputError() {
        PromptEmbeddings narrow = new PromptEmbeddings("narrow.json", Map.of("pneumonia", new float[] {1, 0},
                "no pneumonia", new float[] {0, 1}));
        ZeroShotHead head = new ZeroShotHead(ScoringMode.PAIR, Ensemble.EMBEDDING_MEAN, 1,
                List.of(ClassPrompts.pair("Pneumonia", "pneumonia", List.of("{}"), List.of("no {}"))), narrow);
        try (ImageEmbedder embedder = imageTower("onnx")) {
            ZeroShotScorer scorer = new ZeroShotScorer(embedder, head);

            FloatBuffer oneImage = ByteBuffer.allocateDirect(3 * 224 * 224 * Float.BYTES).order(ByteOrder.nativeOrder())
                    .asFloatBuffer();

            InputException e = assertThrows(InputException.class, () -> scorer.score(oneImage, 1));
            assertEquals("The image encoder returns embeddings of 16 values but the text embeddings have 2. The image "
                    + "and text towers (or the embeddings file) must come from the same model.", e.getMessage());
        }
    }

    private static List<ClassPrompts> classes(ScoringMode mode) {
        List<ClassPrompts> classes = new ArrayList<>();
        if (mode == ScoringMode.SOFTMAX) {
            List<String> templates = strings(golden.get("classTemplates"));
            golden.get("classes").fields().forEachRemaining(c ->
                    classes.add(ClassPrompts.of(c.getKey(), c.getValue().asText(), templates)));
        } else {
            List<String> positive = strings(golden.get("positive"));
            List<String> negative = strings(golden.get("negative"));
            golden.get("findings").fields().forEachRemaining(f ->
                    classes.add(ClassPrompts.pair(f.getKey(), f.getValue().asText(), positive, negative)));
        }
        return classes;
    }

    private static PromptEmbeddings textSide(String runtime) {
        List<ClassPrompts> all = new ArrayList<>(classes(ScoringMode.SOFTMAX));
        all.addAll(classes(ScoringMode.PAIR));
        Path file = dir.resolve("text_encoder." + runtime);
        try (TextEncoder encoder = runtime.equals("onnx") ? new OnnxTextEncoder(file)
                : new TorchTextEncoder(file, Device.CPU, w -> { })) {
            return EncodedPrompts.encode(all, tokenizer, encoder);
        }
    }

    private static ImageEmbedder imageTower(String runtime) {
        InputShape shape = new InputShape(Layout.NCHW, 3, 224, 224);
        if (runtime.equals("onnx")) {
            return new OnnxImageEmbedder(OnnxModel.open(dir.resolve("image_encoder.onnx"), Device.CPU, 1,
                    DeviceSelector.onnxRuntime(w -> { })), shape);
        }
        return new TorchImageEmbedder(TorchScriptModel.open(dir.resolve("image_encoder.pt"), Device.CPU, w -> { }),
                shape);
    }

    /** The golden images, preprocessed as CLIP does (PIL-exact), in one direct batch buffer. */
    private static FloatBuffer images() {
        Preprocessor clip = new Preprocessor(ClipPreprocessing.of(224));
        JsonNode images = golden.get("images");
        FloatBuffer batch = ByteBuffer.allocateDirect(images.size() * clip.sampleSize() * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (int i = 0; i < images.size(); i++) {
            String image = images.get(i).get("image").asText();
            Path file = SharedData.folder(image.substring(0, image.indexOf('/')))
                    .resolve(image.substring(image.indexOf('/') + 1));
            clip.write(ImageDecoder.decode(file), batch, i);
        }
        return batch;
    }

    private static double largestDifference(JsonNode expected, float[] actual) {
        assertEquals(expected.size(), actual.length);
        double largest = 0;
        for (int i = 0; i < actual.length; i++) {
            largest = Math.max(largest, Math.abs(expected.get(i).asDouble() - actual[i]));
        }
        return largest;
    }

    private static double largestDifference(JsonNode expected, double[] actual) {
        assertEquals(expected.size(), actual.length);
        double largest = 0;
        for (int i = 0; i < actual.length; i++) {
            largest = Math.max(largest, Math.abs(expected.get(i).asDouble() - actual[i]));
        }
        return largest;
    }

    private static long[] longs(JsonNode array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asLong();
        }
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}

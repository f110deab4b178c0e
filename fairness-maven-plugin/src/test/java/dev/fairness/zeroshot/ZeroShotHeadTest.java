package dev.fairness.zeroshot;

import dev.fairness.InputException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The scoring functions on hand-computable embeddings, and every way the text side can be wrong. */
class ZeroShotHeadTest {
    private static final float[] EAST = {1, 0};
    private static final PromptEmbeddings COMPASS = new PromptEmbeddings("compass.json", Map.of(
            "east", new float[] {2, 0}, "north", new float[] {0, 3}, "west", new float[] {-1, 0},
            "no east", new float[] {0, 5}));

    @Test
    void softmaxIsOverTheClassesScaledCosines() {
        ZeroShotHead head = new ZeroShotHead(ScoringMode.SOFTMAX, Ensemble.EMBEDDING_MEAN, 10,
                List.of(ClassPrompts.of("E", "east", List.of("{}")), ClassPrompts.of("N", "north", List.of("{}"))),
                COMPASS);

        double e10 = Math.exp(10);
        assertArrayEquals(new double[] {e10 / (e10 + 1), 1 / (e10 + 1)}, head.score(EAST, 0, "image"), 1e-12);
    }

    @Test
    void pairIsPositiveAgainstNegativePerFindingAndIgnoresTheEmbeddingsLength() {
        ZeroShotHead head = new ZeroShotHead(ScoringMode.PAIR, Ensemble.EMBEDDING_MEAN, 1,
                List.of(ClassPrompts.pair("East", "east", List.of("{}"), List.of("no {}"))), COMPASS);

        // cos(image, "east") = 1, cos(image, "no east") = 0: e / (e + 1)
        assertArrayEquals(new double[] {Math.E / (Math.E + 1)}, head.score(new float[] {7, 0}, 0, "image"), 1e-12);
    }

    @Test
    void theThreeEnsemblesCombineTwoPromptsDifferently() {
        ClassPrompts twoPrompts = new ClassPrompts("EN", List.of("east", "north"), List.of());
        ClassPrompts west = new ClassPrompts("W", List.of("west"), List.of());

        // the logit of class EN for an image pointing east: cosines 1 and 0; the class W's logit is -1
        assertEquals(Math.sqrt(0.5), logitDifference(Ensemble.EMBEDDING_MEAN, twoPrompts, west) - 1, 1e-12);
        assertEquals(0.5, logitDifference(Ensemble.LOGIT_MEAN, twoPrompts, west) - 1, 1e-12);
        assertEquals(1.0, logitDifference(Ensemble.LOGIT_MAX, twoPrompts, west) - 1, 1e-12);
    }

    /** log(p0 / p1) of a two-class softmax at scale 1 is the difference of the two logits. */
    private static double logitDifference(Ensemble ensemble, ClassPrompts first, ClassPrompts second) {
        double[] p = new ZeroShotHead(ScoringMode.SOFTMAX, ensemble, 1, List.of(first, second), COMPASS)
                .score(EAST, 0, "image");
        return Math.log(p[0] / p[1]);
    }

    @Test
    void aClassWithoutPromptsIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> ClassPrompts.of("E", "east", List.of()));
        assertEquals("Class 'E' has no prompts. Give it at least one prompt or template.", e.getMessage());
    }

    @Test
    void aTemplateWithoutAPlaceholderIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> ClassPrompts.of("E", "east", List.of("a chest x-ray")));
        assertEquals("Template 'a chest x-ray' of class 'E' has no {} where the class name goes. Write it like "
                + "\"a chest x-ray showing {}\".", e.getMessage());
    }

    @Test
    void aFindingWithoutNegativePromptsIsAnInputErrorInPairMode() {
        InputException e = assertThrows(InputException.class,
                () -> ClassPrompts.pair("East", "east", List.of("{}"), List.of()));
        assertEquals("Finding 'East' has no negative prompts. Pair scoring compares a positive and a negative prompt "
                + "per finding, e.g. \"{}\" and \"no {}\".", e.getMessage());
    }

    @Test
    void aPromptWithoutAnEmbeddingIsAnInputErrorNamingTheSourceAndPrompt() {
        InputException e = assertThrows(InputException.class, () -> new ZeroShotHead(ScoringMode.SOFTMAX,
                Ensemble.EMBEDDING_MEAN, 1, List.of(ClassPrompts.of("E", "east", List.of("{}")),
                ClassPrompts.of("S", "south", List.of("{}"))), COMPASS));
        assertEquals("compass.json has no embedding for the prompt 'south'. Compute one for every prompt the "
                + "configuration makes (each template with each class name).", e.getMessage());
    }

    @Test
    void embeddingsOfDifferentWidthsAreAnInputErrorNamingBothPrompts() {
        Map<String, float[]> mixed = new LinkedHashMap<>();
        mixed.put("a", new float[] {1, 2});
        mixed.put("b", new float[] {1, 2, 3});

        InputException e = assertThrows(InputException.class, () -> new PromptEmbeddings("mixed.json", mixed));
        assertEquals("mixed.json: the embedding of prompt 'b' has 3 values but that of 'a' has 2. All text "
                + "embeddings must have the width of the image embeddings.", e.getMessage());
    }

    @Test
    void aNonPositiveLogitScaleIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> new ZeroShotHead(ScoringMode.PAIR,
                Ensemble.EMBEDDING_MEAN, 0, List.of(ClassPrompts.pair("East", "east", List.of("{}"),
                List.of("no {}"))), COMPASS));
        assertEquals("The zero-shot logit scale is 0.0. Use a positive number: 100 for CLIP (exp of its logit_scale), "
                + "1 for CheXzero's raw cosine similarities.", e.getMessage());
    }

    @Test
    void softmaxWithOneClassIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> new ZeroShotHead(ScoringMode.SOFTMAX,
                Ensemble.EMBEDDING_MEAN, 1, List.of(ClassPrompts.of("E", "east", List.of("{}"))), COMPASS));
        assertEquals("Zero-shot softmax scoring needs at least two classes with prompts; 1 given.", e.getMessage());
    }

    @Test
    void anImageEmbeddingOfLengthZeroIsAnInputError() {
        ZeroShotHead head = new ZeroShotHead(ScoringMode.PAIR, Ensemble.EMBEDDING_MEAN, 1,
                List.of(ClassPrompts.pair("East", "east", List.of("{}"), List.of("no {}"))), COMPASS);

        InputException e = assertThrows(InputException.class, () -> head.score(new float[] {0, 0}, 0, "row 3"));
        assertEquals("The image embedding of row 3 has length 0.0, so it has no direction to compare with the "
                + "prompts. Check the image encoder and the preprocessing.", e.getMessage());
    }

    @Test
    void modeAndEnsembleNamesParseAndUnknownOnesSayWhatIsAccepted() {
        assertEquals(ScoringMode.PAIR, ScoringMode.parse(" Pair "));
        assertEquals(Ensemble.LOGIT_MAX, Ensemble.parse("logit-max"));
        assertEquals("Unknown zero-shot scoring mode 'sigmoid'. Use 'softmax' (one class per image) or 'pair' (a "
                + "positive and a negative prompt per finding).",
                assertThrows(InputException.class, () -> ScoringMode.parse("sigmoid")).getMessage());
        assertEquals("Unknown prompt ensemble 'median'. Use 'embedding-mean', 'logit-mean' or 'logit-max'.",
                assertThrows(InputException.class, () -> Ensemble.parse("median")).getMessage());
    }
}

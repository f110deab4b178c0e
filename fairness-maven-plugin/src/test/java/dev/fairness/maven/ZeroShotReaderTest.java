package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.zeroshot.Ensemble;
import dev.fairness.zeroshot.ScoringMode;
import dev.fairness.zeroshot.ZeroShotClass;
import dev.fairness.zeroshot.ZeroShotSpec;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code <zeroShot>}: the towers or the embeddings file, the prompts, mode, ensemble and scale; each bad value. */
class ZeroShotReaderTest {
    private static final Path TOWERS = Path.of("").toAbsolutePath().getParent().resolve("src/it/_data/zero-shot");

    /** The sample's zero-shot configuration: ONNX towers, pair templates, one finding named in its prompt. */
    private static Configuration zeroShot() {
        Configuration c = valid();
        c.predictions = null;
        c.manifest = new File("manifest.csv");
        ZeroShotConfiguration z = new ZeroShotConfiguration();
        z.imageEncoder = TOWERS.resolve("image_encoder.onnx").toFile();
        z.textEncoder = TOWERS.resolve("text_encoder.onnx").toFile();
        z.tokenizer = TOWERS.resolve("tokenizer.json").toFile();
        z.contextLength = 16;
        z.templates = List.of("a chest x-ray showing {}");
        z.negativeTemplates = List.of("a chest x-ray showing no {}");
        ZeroShotPromptConfiguration prompt = new ZeroShotPromptConfiguration();
        prompt.label = "Effusion";
        prompt.name = "pleural effusion";
        z.prompts = List.of(prompt);
        c.zeroShot = z;
        return c;
    }

    private static String messageFor(Consumer<Configuration> change) {
        Configuration c = zeroShot();
        change.accept(c);
        return assertThrows(InputException.class, () -> SpecReader.spec(c)).getMessage();
    }

    @Test
    void theImageTowerBecomesTheModelAndThePromptsFollowTheLabels() {
        EvaluationSpec spec = SpecReader.spec(zeroShot());

        assertEquals(TOWERS.resolve("image_encoder.onnx"), spec.inputs().model());
        ZeroShotSpec z = spec.inference().zeroShot();
        assertEquals(ScoringMode.PAIR, z.mode());
        assertEquals(Ensemble.EMBEDDING_MEAN, z.ensemble());
        assertNull(z.logitScale());
        assertEquals(16, z.contextLength());
        assertEquals(List.of(new ZeroShotClass("Effusion", "pleural effusion", List.of("a chest x-ray showing {}"),
                List.of("a chest x-ray showing no {}"))), z.classes());
        assertEquals(List.of("a chest x-ray showing no pleural effusion"), z.prompts().get(0).negative());
    }

    @Test
    void withoutZeroShotTheInferenceHasNone() {
        assertNull(SpecReader.spec(valid()).inference().zeroShot());
    }

    @Test
    void aClassicModelBesideZeroShotIsAnError() {
        assertEquals("<zeroShot> is set together with <model>. A zero-shot model is scored from its image tower "
                + "<zeroShot><imageEncoder> and prompts; remove <model>, or remove <zeroShot> to evaluate <model>.",
                messageFor(c -> c.model = new File("model.onnx")));
    }

    @Test
    void predictionsBesideZeroShotIsAnError() {
        assertEquals("<zeroShot> is set together with <predictions>. A zero-shot model is scored from its image tower "
                + "<zeroShot><imageEncoder> and prompts; remove <predictions>, or remove <zeroShot> to evaluate "
                + "<predictions>.", messageFor(c -> c.predictions = new File("predictions.csv")));
    }

    @Test
    void aMissingTokenizerFileIsNamedWithWhatToGive() {
        File missing = TOWERS.resolve("no-such-tokenizer.json").toFile();
        assertEquals("<zeroShot><tokenizer> not found: " + missing + ". Give the text tower's Hugging Face "
                + "tokenizer.json (tokenizer.save_pretrained writes one).",
                messageFor(c -> c.zeroShot.tokenizer = missing));
    }

    @Test
    void aTextTowerWithoutATokenizerIsAnError() {
        assertEquals("<zeroShot><tokenizer> is not set. Give the text tower's Hugging Face tokenizer.json "
                + "(tokenizer.save_pretrained writes one).", messageFor(c -> c.zeroShot.tokenizer = null));
    }

    @Test
    void aMissingImageTowerIsNamed() {
        File missing = TOWERS.resolve("absent.onnx").toFile();
        assertEquals("<zeroShot><imageEncoder> not found: " + missing + ". Give the image tower, an ONNX (.onnx) or "
                + "TorchScript (.pt) file whose output is one embedding per image.",
                messageFor(c -> c.zeroShot.imageEncoder = missing));
    }

    @Test
    void aTextTowerAndAnEmbeddingsFileTogetherAreAnError() {
        assertEquals("<zeroShot><promptEmbeddings> is set together with <textEncoder>. Give a text tower with its "
                + "tokenizer, or a file of precomputed prompt embeddings, not both.",
                messageFor(c -> c.zeroShot.promptEmbeddings = TOWERS.resolve("prompt_embeddings.json").toFile()));
    }

    @Test
    void noTextSideIsAnError() {
        assertEquals("<zeroShot> has no text side. Set <textEncoder> with <tokenizer> (the text tower and its Hugging "
                + "Face tokenizer.json), or <promptEmbeddings> (a JSON file of precomputed prompt embeddings).",
                messageFor(c -> {
                    c.zeroShot.textEncoder = null;
                    c.zeroShot.tokenizer = null;
                }));
    }

    @Test
    void aFindingWithoutTemplatesHasNoPrompts() {
        assertEquals("Finding 'Effusion' of <zeroShot> has no prompts. Set <zeroShot><templates> (e.g. <template>a "
                + "chest x-ray showing {}</template>), or <templates> in its <prompt>.",
                messageFor(c -> c.zeroShot.templates = List.of(" ")));
    }

    @Test
    void aFindingWithoutNegativeTemplatesCannotBeScoredInPairs() {
        assertEquals("Finding 'Effusion' of <zeroShot> has no negative prompts: pair scoring compares a positive and "
                + "a negative prompt per finding. Set <zeroShot><negativeTemplates> (CheXzero's: <negativeTemplate>no "
                + "{}</negativeTemplate>), or <negativeTemplates> in its <prompt>.",
                messageFor(c -> c.zeroShot.negativeTemplates = null));
    }

    @Test
    void aTemplateWithoutBracesSaysWhereTheNameGoes() {
        assertEquals("Template 'a chest x-ray' of class 'Effusion' has no {} where the class name goes. Write it like "
                + "\"a chest x-ray showing {}\".", messageFor(c -> c.zeroShot.templates = List.of("a chest x-ray")));
    }

    @Test
    void aPromptForALabelThatIsNotConfiguredIsAnError() {
        assertEquals("A <zeroShot><prompt> names the label 'Edema', which is not configured. Use one of [Effusion] in "
                + "its <label>.", messageFor(c -> c.zeroShot.prompts.get(0).label = "Edema"));
    }

    @Test
    void softmaxForOneBinaryLabelIsAnError() {
        assertEquals("<zeroShot><mode>softmax</mode> does not fit the labels: they describe a binary task, which "
                + "gives each finding its own probability: use pair (or <labelColumn> with <classes> for one class "
                + "per image).", messageFor(c -> c.zeroShot.mode = "softmax"));
    }

    @Test
    void anUnknownModeNamesTheChoices() {
        assertEquals("<zeroShot><mode> must be softmax (one class per image) or pair (a positive and a negative "
                + "prompt per finding); found 'pairs'.", messageFor(c -> c.zeroShot.mode = "pairs"));
    }

    @Test
    void theModeAndTheEnsembleAreMatchedAsEveryOtherPomNameIgnoringCaseDashesAndUnderscores() {
        Configuration c = zeroShot();
        c.zeroShot.mode = " PAIR ";
        c.zeroShot.ensemble = "Logit_Mean";

        ZeroShotSpec z = SpecReader.spec(c).inference().zeroShot();

        assertEquals(ScoringMode.PAIR, z.mode());
        assertEquals(Ensemble.LOGIT_MEAN, z.ensemble());
    }

    @Test
    void anUnknownEnsembleNamesTheChoices() {
        assertEquals("<zeroShot><ensemble> must be embedding-mean (CLIP, CheXzero), logit-mean (MedCLIP) or "
                + "logit-max; found 'mean'.", messageFor(c -> c.zeroShot.ensemble = "mean"));
    }

    @Test
    void aLogitScaleThatIsNotPositiveIsAnError() {
        assertEquals("<zeroShot><logitScale> must be a positive number: 100 for CLIP (exp of its trained "
                + "logit_scale), 1 for CheXzero's raw cosine similarities; found 0.0.",
                messageFor(c -> c.zeroShot.logitScale = 0.0));
    }

    @Test
    void aContextLengthBelowTwoIsAnError() {
        assertEquals("<zeroShot><contextLength> must be the text tower's sequence length, at least 2 (77 for CLIP); "
                + "found 1.", messageFor(c -> c.zeroShot.contextLength = 1));
    }

    @Test
    void logitOutputsDoNotApplyToAZeroShotModel() {
        assertEquals("<outputs>logits</outputs> does not apply to <zeroShot>: its scores are probabilities computed "
                + "from the similarities. Remove <outputs>.", messageFor(c -> c.outputs = "logits"));
    }

    @Test
    void theZeroShotFilesAreKeptWhenPreviousResultsAreCleared() {
        List<Path> files = InputsReader.files(zeroShot());

        assertEquals(List.of(Path.of("manifest.csv").toAbsolutePath(), TOWERS.resolve("image_encoder.onnx"),
                TOWERS.resolve("text_encoder.onnx"), TOWERS.resolve("tokenizer.json")), files);
    }
}

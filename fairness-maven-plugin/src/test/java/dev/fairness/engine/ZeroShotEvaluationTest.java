package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.gate.RuleMessages;
import dev.fairness.testing.PlantedGapZeroShot;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SyntheticTestSet.Sample;
import dev.fairness.testing.SyntheticTestSets;
import dev.fairness.zeroshot.ZeroShotSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.fairness.testing.PlantedGapZeroShot.bareImageTower;
import static dev.fairness.testing.PlantedGapZeroShot.expectedPairScores;
import static dev.fairness.testing.PlantedGapZeroShot.onnxTowers;
import static dev.fairness.testing.PlantedGapZeroShot.spec;
import static dev.fairness.testing.PlantedGapZeroShot.towers;

/**
 * A zero-shot model evaluated end to end on the planted-gap test set, with the sample's seeded dual encoder
 * ({@code sample-project/src/test/zero-shot/make_zero_shot_model.py}, committed under
 * {@code src/it/_data/zero-shot}): its image tower embeds an image as (z, 1, 0, ...) with z the planted classifier's
 * logit, so every score can be recomputed here from the Python text embeddings ({@link PlantedGapZeroShot}).
 */
class ZeroShotEvaluationTest {
    private static final Path TOWERS = PlantedGapZeroShot.TOWERS;

    @Test
    void everyScoreIsThePairProbabilityOfTheImageAndTextEmbeddingsWithTheModelsLogitScale(@TempDir Path dir) {
        List<Sample> samples = SyntheticTestSets.plantedGap(dir);
        RecordingLog log = new RecordingLog();

        EvaluationResult result = new Evaluator(log, "test").evaluate(spec(dir, onnxTowers(16, null),
                ImageInput.FROM_MODEL));

        double[] scores = result.predictions().scores(0);
        double[] expected = expectedPairScores(samples, 10);
        for (int i = 0; i < samples.size(); i++) {
            assertEquals(expected[i], scores[i], 1e-5, samples.get(i).image());
        }
        assertTrue(log.lines().contains("Zero-shot: pair scoring, ensemble embedding-mean, logit scale 10.000 "
                + "(exp(logit_scale = 2.3025851) of image_encoder.onnx); 2 prompts for 1 finding, encoded by "
                + "text_encoder.onnx with tokenizer.json."), log.lines().toString());
        assertFalse(result.verdict().passed());
        assertEquals("Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300, but expected "
                + "maximum is 0.100 ('M' 0.900, 'F' 0.600)", RuleMessages.violation(result.verdict().results().get(0)));
        assertEquals("exp(logit_scale = 2.3025851) of image_encoder.onnx", result.model().zeroShot().logitScaleSource());
    }

    @Test
    void aTorchScriptImageTowerScoresAsTheOnnxOneAndCarriesItsLogitScaleAsAParameter(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        ImageInput size = new ImageInput(32, 32, null, Preprocessing.ChannelMode.GREY, null, null);
        double[] onnx = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec(dir, onnxTowers(16, null), size))
                .predictions().scores(0);

        EvaluationResult torch = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec(dir,
                towers(TOWERS.resolve("image_encoder.pt"), TOWERS.resolve("text_encoder.onnx"), null, 16, null), size));

        assertEquals("exp(logit_scale = 2.3025851) of image_encoder.pt", torch.model().zeroShot().logitScaleSource());
        assertEquals(10.0, torch.model().zeroShot().logitScale(), 1e-6);
        double[] scores = torch.predictions().scores(0);
        for (int i = 0; i < scores.length; i++) {
            assertEquals(onnx[i], scores[i], 1e-5); // both float32; PyTorch and ONNX Runtime round differently
        }
    }

    @Test
    void aConfiguredLogitScaleWinsOverTheModels(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);

        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec(dir, onnxTowers(16, 1.0),
                ImageInput.FROM_MODEL));

        assertEquals(1.0, result.model().zeroShot().logitScale());
        assertEquals("configured", result.model().zeroShot().logitScaleSource());
    }

    @Test
    void withoutAScaleInTheConfigurationOrTheModelTheBuildSaysWhatToSet(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        ZeroShotSpec zeroShot = towers(bareImageTower(dir), null, TOWERS.resolve("prompt_embeddings.json"), 16, null);

        InputException e = assertThrows(InputException.class, () -> new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, zeroShot, ImageInput.FROM_MODEL)));
        assertEquals("<zeroShot> has no <logitScale>, and bare_image_encoder.onnx carries no logit_scale (an ONNX "
                + "initializer or metadata property, a TorchScript parameter). Set <logitScale>: 100 for CLIP (exp "
                + "of its trained logit_scale), 1 for CheXzero's raw cosine similarities.", e.getMessage());
    }

    @Test
    void aPromptLongerThanTheContextFailsBeforeAnyImageIsRead(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        RecordingLog log = new RecordingLog();

        InputException e = assertThrows(InputException.class, () -> new Evaluator(log, "test")
                .evaluate(spec(dir, onnxTowers(6, null), ImageInput.FROM_MODEL)));
        assertEquals("The prompt 'a chest x-ray showing no pleural effusion' is 9 tokens long with tokenizer.json, "
                + "more than the context length of 6. Shorten it: a truncated prompt would be scored as a different "
                + "text.", e.getMessage());
        assertTrue(log.lines().stream().noneMatch(l -> l.startsWith("Evaluating")), log.lines().toString());
    }

    @Test
    void aTextTowerThatNeedsTokenTypeIdsSaysWhichInputsItHasAndWhatThePluginGives(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        Path three = TOWERS.resolve("text_encoder_three_inputs.onnx");

        InputException e = assertThrows(InputException.class, () -> new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, towers(TOWERS.resolve("image_encoder.onnx"), three, null, 16, null),
                        ImageInput.FROM_MODEL)));
        assertEquals(three + " has inputs [input_ids, attention_mask, token_type_ids] but a text encoder takes token "
                + "ids and, optionally, an attention mask (an input whose name contains 'mask'). Export the text tower "
                + "with those inputs only, e.g. wrapped so that it makes any other input (such as token_type_ids) "
                + "itself.", e.getMessage());
    }

    @Test
    void promptEmbeddingsNarrowerThanTheImageTowersAreAnError(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        ZeroShotSpec narrow = towers(TOWERS.resolve("image_encoder.onnx"), null,
                TOWERS.resolve("prompt_embeddings_narrow.json"), 16, 1.0);

        InputException e = assertThrows(InputException.class, () -> new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, narrow, ImageInput.FROM_MODEL)));
        assertTrue(e.getMessage().contains("The image encoder returns embeddings of 8 values but the text embeddings "
                + "have 4. The image and text towers (or the embeddings file) must come from the same model."),
                e.getMessage());
    }
}

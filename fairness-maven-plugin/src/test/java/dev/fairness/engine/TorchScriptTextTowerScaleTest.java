package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.fairness.testing.PlantedGapZeroShot.bareImageTower;
import static dev.fairness.testing.PlantedGapZeroShot.expectedPairScores;
import static dev.fairness.testing.PlantedGapZeroShot.spec;
import static dev.fairness.testing.PlantedGapZeroShot.towers;

import dev.fairness.InputException;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SyntheticTestSet.Sample;
import dev.fairness.testing.SyntheticTestSets;
import dev.fairness.zeroshot.ZeroShotSpec;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logit scale read from a TorchScript text tower's {@code logit_scale} parameter, when neither the configuration
 * nor the image tower gives one. The towers ({@code src/test/resources/zeroshot/text-tower}, written by
 * {@code src/test/python/make_text_tower_with_scale.py}) are the integration tests' text tower traced for
 * TorchScript, with a {@code logit_scale} of ln 20 and without one; the image tower carries none.
 */
class TorchScriptTextTowerScaleTest {
    private static Path textTower(String name) throws URISyntaxException {
        return Path.of(TorchScriptTextTowerScaleTest.class.getResource("/zeroshot/text-tower/" + name).toURI());
    }

    @Test
    void aTextTowersLogitScaleParameterScalesTheSimilaritiesWhenNothingElseGivesOne(@TempDir Path dir)
            throws URISyntaxException {
        List<Sample> samples = SyntheticTestSets.plantedGap(dir);
        ZeroShotSpec zeroShot = towers(bareImageTower(dir), textTower("text_encoder_scaled.pt"),
                null, 16, null);
        RecordingLog log = new RecordingLog();

        EvaluationResult result = new Evaluator(log, "test").evaluate(spec(dir, zeroShot,
                ImageInput.FROM_MODEL));

        assertEquals("exp(logit_scale = 2.9957323) of text_encoder_scaled.pt",
                result.model().zeroShot().logitScaleSource());
        assertEquals(20.0, result.model().zeroShot().logitScale(), 1e-5);
        assertTrue(log.lines().contains("Zero-shot: pair scoring, ensemble embedding-mean, logit scale 20.000 "
                + "(exp(logit_scale = 2.9957323) of text_encoder_scaled.pt); 2 prompts for 1 finding, encoded by "
                + "text_encoder_scaled.pt with tokenizer.json."), log.lines().toString());
        // the TorchScript tower embeds the prompts as the ONNX one whose output the embeddings file holds
        double[] scores = result.predictions().scores(0);
        double[] expected = expectedPairScores(samples, 20);
        for (int i = 0; i < samples.size(); i++) {
            assertEquals(expected[i], scores[i], 1e-5, samples.get(i).image());
        }
    }

    @Test
    void aTextTowerWithoutALogitScaleAndNoConfiguredOneSaysWhatToSet(@TempDir Path dir) throws URISyntaxException {
        SyntheticTestSets.plantedGap(dir);
        ZeroShotSpec zeroShot = towers(bareImageTower(dir), textTower("text_encoder.pt"),
                null, 16, null);

        InputException e = assertThrows(InputException.class, () -> new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, zeroShot, ImageInput.FROM_MODEL)));

        assertEquals("<zeroShot> has no <logitScale>, and neither bare_image_encoder.onnx nor text_encoder.pt "
                + "carries a logit_scale (an ONNX initializer or metadata property, a TorchScript parameter). Set "
                + "<logitScale>: 100 for CLIP (exp of its trained logit_scale), 1 for CheXzero's raw cosine "
                + "similarities.", e.getMessage());
    }
}

package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.messageFor;
import static dev.fairness.maven.ConfigurationFixture.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.engine.Inputs;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code <model>}, {@code <manifest>}, {@code <predictions>}, their columns and the validation set. */
class InputsReaderTest {

    @Test
    void predictionsWithAModelSayThatTheModelWouldBeIgnored() {
        assertEquals("<predictions> is set together with <model>: the scores of <predictions> replace inference, so "
                + "<model> would be ignored. Remove <model> to judge the scores in <predictions>, or remove "
                + "<predictions> to evaluate the model.", messageFor(c -> c.model = new File("model.onnx")));
    }

    @Test
    void predictionsWithAModelAndAManifestNameBoth() {
        assertEquals("<predictions> is set together with <model> and <manifest>: the scores of <predictions> replace "
                + "inference, so <model> and <manifest> would be ignored. Remove <model> and <manifest> to judge the "
                + "scores in <predictions>, or remove <predictions> to evaluate the model.", messageFor(c -> {
                    c.model = new File("model.onnx");
                    c.manifest = new File("manifest.csv");
                }));
    }

    @Test
    void predictionsWithAnImageRootSayThatTheImageRootWouldBeIgnored() {
        assertEquals("<predictions> is set together with <imageRoot>: the scores of <predictions> replace inference, "
                + "so <imageRoot> would be ignored. Remove <imageRoot> to judge the scores in <predictions>, or "
                + "remove <predictions> to evaluate the model.", messageFor(c -> c.imageRoot = new File("images")));
    }

    @Test
    void aModelWithAManifestIsInferenceWithPathsMadeAbsoluteAndNormal() {
        Configuration c = valid();
        c.predictions = null;
        c.model = new File("models/../model.onnx");
        c.manifest = new File("manifest.csv");
        c.idColumn = " patient ";

        Inputs inputs = SpecReader.spec(c).inputs();

        assertEquals(Path.of("model.onnx").toAbsolutePath(), inputs.model());
        assertEquals(Path.of("manifest.csv").toAbsolutePath(), inputs.manifest());
        assertEquals(null, inputs.predictions());
        assertEquals("image", inputs.imageColumn());
        assertEquals("patient", inputs.idColumn());
    }

    @Test
    void theValidationSetIsCarried() {
        Configuration c = valid();
        c.validationPredictions = new File("validation.csv");

        assertEquals(Path.of("validation.csv").toAbsolutePath(), SpecReader.spec(c).inputs().validationPredictions());
    }

    @Test
    void twoValidationSetsSayToChooseOne() {
        assertEquals("Both <validationManifest> and <validationPredictions> are set. Choose thresholds on one of them: a "
                + "manifest scored by the model, or a CSV of scores computed elsewhere.", messageFor(c -> {
                    c.validationManifest = new File("validation-manifest.csv");
                    c.validationPredictions = new File("validation.csv");
                }));
    }

    @Test
    void aValidationManifestBesidePredictionsSaysItNeedsAModel() {
        Path manifest = Path.of("validation-manifest.csv").toAbsolutePath();
        assertEquals("<validationManifest> " + manifest + " needs a <model> to score it, but the test set comes from "
                + "<predictions>. Use <validationPredictions> for a CSV of validation scores computed elsewhere.",
                messageFor(c -> c.validationManifest = new File("validation-manifest.csv")));
    }

    @Test
    void aValidationManifestBesideAModelIsCarried() {
        Configuration c = valid();
        c.predictions = null;
        c.model = new File("model.onnx");
        c.manifest = new File("manifest.csv");
        c.validationManifest = new File("validation-manifest.csv");

        assertEquals(Path.of("validation-manifest.csv").toAbsolutePath(),
                SpecReader.spec(c).inputs().validationManifest());
    }
}

package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.messageFor;
import static dev.fairness.maven.ConfigurationFixture.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.fairness.engine.ReferenceColumns;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code <referenceColumnPrefix>} and {@code <referenceTolerance>}: export parity. */
class ReferenceReaderTest {

    private static Configuration modelWithManifest() {
        Configuration c = valid();
        c.predictions = null;
        c.model = new File("model.onnx");
        c.manifest = new File("manifest.csv");
        return c;
    }

    @Test
    void byDefaultNoReferenceIsCompared() {
        ReferenceColumns reference = SpecReader.spec(modelWithManifest()).inputs().columns().reference();
        assertFalse(reference.isSet());
        assertEquals(1e-4, reference.tolerance());
    }

    @Test
    void thePrefixNamesOneColumnPerLabel() {
        Configuration c = modelWithManifest();
        c.referenceColumnPrefix = " reference_ ";
        c.referenceTolerance = 0.001;
        ReferenceColumns reference = SpecReader.spec(c).inputs().columns().reference();
        assertEquals(List.of("reference_Effusion"), reference.columns(List.of("Effusion")));
        assertEquals(0.001, reference.tolerance());
    }

    @Test
    void aReferenceBesidePredictionsIsRefused() {
        assertEquals("<referenceColumnPrefix> is set together with <predictions>: reference scores are compared with "
                + "the scores the plugin computes from the images, and with <predictions> it computes none. Remove "
                + "<referenceColumnPrefix> to judge the scores in <predictions>, or evaluate the model with <model> "
                + "and <manifest> to check its export.", messageFor(c -> c.referenceColumnPrefix = "reference_"));
    }

    @Test
    void aNegativeToleranceIsRefused() {
        assertEquals("<referenceTolerance> must be a number between 0 and 1, e.g. 0.0001; found -1.0E-4.",
                messageFor(c -> c.referenceTolerance = -1e-4));
    }

    @Test
    void aNaNToleranceIsRefused() {
        assertEquals("<referenceTolerance> must be a number between 0 and 1, e.g. 0.0001; found NaN.",
                messageFor(c -> c.referenceTolerance = Double.NaN));
    }

    @Test
    void aToleranceAboveOneIsRefused() {
        assertEquals("<referenceTolerance> must be a number between 0 and 1, e.g. 0.0001; found 2.0.",
                messageFor(c -> c.referenceTolerance = 2));
    }
}

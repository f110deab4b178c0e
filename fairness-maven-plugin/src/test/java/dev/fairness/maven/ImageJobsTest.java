package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which goals resolve ONNX Runtime, DJL and ImageJ: those that score images or read DICOM headers, no other. */
class ImageJobsTest {
    @Test
    void aPredictionsJobNeedsNoInferenceLibrary() {
        Configuration c = new Configuration();
        c.predictions = new File("predictions.csv");

        assertFalse(ImageJobs.scoresOrReadsImages(c));
    }

    @Test
    void modelsThatAreAllPredictionsFilesNeedNoInferenceLibrary() {
        Configuration c = new Configuration();
        c.models = List.of(model(null, new File("a.csv")), model(null, new File("b.csv")));

        assertFalse(ImageJobs.scoresOrReadsImages(c));
    }

    @Test
    void aModelAModelFileAZeroShotEngineOrDicomAttributesNeedThem() {
        Configuration model = new Configuration();
        model.model = new File("model.onnx");
        Configuration models = new Configuration();
        models.models = List.of(model(null, new File("a.csv")), model(new File("b.pt"), null));
        Configuration zeroShot = new Configuration();
        zeroShot.zeroShot = new ZeroShotConfiguration();
        Configuration dicom = new Configuration();
        dicom.predictions = new File("predictions.csv");
        dicom.dicomAttributes = Map.of("sex", "PatientSex");

        assertTrue(ImageJobs.scoresOrReadsImages(model), "model");
        assertTrue(ImageJobs.scoresOrReadsImages(models), "models");
        assertTrue(ImageJobs.scoresOrReadsImages(zeroShot), "zeroShot");
        assertTrue(ImageJobs.scoresOrReadsImages(dicom), "dicomAttributes");
    }

    private static ModelConfiguration model(File file, File predictions) {
        ModelConfiguration m = new ModelConfiguration();
        m.file = file;
        m.predictions = predictions;
        return m;
    }
}

package dev.fairness.engine;

import dev.fairness.dataset.DicomAttributeMap;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Predictions;
import dev.fairness.inference.Device;
import dev.fairness.testing.DicomWriter;
import dev.fairness.testing.DicomWriter.Image;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SyntheticDicomSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DICOM test set end to end in the engine: real inference, attributes from headers, the evaluation cache. */
class DicomEvaluationTest {
    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();
    private Path set;

    @BeforeEach
    void testSet() {
        set = dir.resolve("dicom");
        SyntheticDicomSet.write(set, 5);
    }

    private EvaluationResult evaluate() {
        log.clear();
        EvaluationSpec spec = EvaluationSpec.of(Inputs.images(set.resolve("model.onnx"), set.resolve("manifest.csv"),
                        LabelSpec.binaryColumns(List.of("Effusion"))), dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU)).withThroughput(new Throughput(0, 1))
                .withGroupings(Groupings.of("sex", "age").withMinGroupSize(1).withMinClassCount(0));
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("sex", "PatientSex");
        mapping.put("age", "PatientAge");
        return new Evaluator(new RecordingLog(log), "test", new RunOptions(2, false, null))
                .withDicomAttributes(DicomAttributeMap.of(mapping)).evaluate(spec);
    }

    /** Rows of one sex with the given truth that score at or above 0.5. */
    private static int above(Predictions p, String sex, boolean positive) {
        int count = 0;
        for (int r = 0; r < p.size(); r++) {
            if (p.attribute("sex")[r].equals(sex) && p.truth(0)[r] == positive && p.scores(0)[r] >= 0.5) {
                count++;
            }
        }
        return count;
    }

    @Test
    void theSampleModelScoresEveryDicomEncodingAsPlanted() {
        Predictions p = evaluate().predictions();
        assertEquals(120, p.size());
        // planted: 18 of 30 positive women and 27 of 30 positive men above 0.5; 3 of 30 negatives in each
        assertEquals(18, above(p, "F", true));
        assertEquals(27, above(p, "M", true));
        assertEquals(3, above(p, "F", false));
        assertEquals(3, above(p, "M", false));
    }

    @Test
    void storedScoresAreReusedWhileTheAttributesAreStillReadFromTheHeaders() {
        EvaluationResult first = evaluate();
        EvaluationResult second = evaluate();
        assertEquals("Read sex, age from the DICOM headers of 120 of 120 images (<dicomAttributes>; the manifest's"
                + " value wins where it has one).", log.get(0));
        assertTrue(log.get(1).startsWith("Reusing the stored evaluation of model.onnx on 120 images"), log.get(1));
        assertArrayEquals(first.predictions().scores(0), second.predictions().scores(0));
        assertArrayEquals(first.predictions().attribute("age"), second.predictions().attribute("age"));
    }

    @Test
    void aChangedHeaderChangesTheImageKeyAndTheGroup() {
        EvaluationResult first = evaluate();
        assertEquals("F", first.predictions().attribute("sex")[0]);
        int[] samples = new int[SyntheticDicomSet.SIZE * SyntheticDicomSet.SIZE];
        java.util.Arrays.fill(samples, 200);
        DicomWriter.write(set.resolve("images/00000.dcm"), Image.of(DicomWriter.EXPLICIT_LITTLE_ENDIAN,
                SyntheticDicomSet.SIZE, SyntheticDicomSet.SIZE, 8, 8, false, "MONOCHROME2", samples)
                .withPatient("M", "040Y"));

        EvaluationResult second = evaluate();

        assertEquals("Evaluating again: the images changed since the stored evaluation.", log.get(1));
        assertEquals("M", second.predictions().attribute("sex")[0]);
        assertEquals("40", second.predictions().attribute("age")[0]);
    }
}

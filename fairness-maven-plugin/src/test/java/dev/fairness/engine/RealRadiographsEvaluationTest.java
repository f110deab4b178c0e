package dev.fairness.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.inference.Device;
import dev.fairness.inference.OutputKind;
import dev.fairness.inference.Task;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;
import dev.fairness.report.ResultFiles;
import dev.fairness.testing.OnnxModelWriter;
import dev.fairness.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole evaluation on the 50 real NIH ChestX-ray14 radiographs in {@code ../shared/data/nih-sample}: decoding
 * real PNGs, CLIP preprocessing (224 px, shorter side + centre crop, CLIP mean/std), real ONNX Runtime inference of
 * a 15-output multi-label model (random seeded weights: the numbers are not clinical, the path is real), the NIH
 * {@code |}-separated finding labels, groups by sex and binned age, and fairness.json.
 */
class RealRadiographsEvaluationTest {
    private static final List<String> NIH_FINDINGS = List.of("Atelectasis", "Cardiomegaly", "Consolidation", "Edema",
            "Effusion", "Emphysema", "Fibrosis", "Hernia", "Infiltration", "Mass", "Nodule", "Pleural_Thickening",
            "Pneumonia", "Pneumothorax", "No Finding");

    @Test
    void evaluatesEveryRealRadiographPerSexAndAgeGroup(@TempDir Path dir) throws IOException {
        Path data = SharedData.folder("nih-sample");
        Random random = new Random(7);
        float[][] weights = new float[NIH_FINDINGS.size()][3];
        float[] bias = new float[NIH_FINDINGS.size()];
        for (int k = 0; k < weights.length; k++) {
            for (int c = 0; c < 3; c++) {
                weights[k][c] = (float) random.nextGaussian();
            }
        }
        Path model = OnnxModelWriter.write(dir.resolve("model.onnx"), OnnxModelWriter.meanPoolClassifier(3, 224, 224,
                weights, bias, OnnxModelWriter.Activation.NONE, -1));
        LabelSpec findings = new LabelSpec.FindingList("finding_labels", "|", NIH_FINDINGS, "No Finding");
        EvaluationSpec spec = EvaluationSpec.of(Inputs.images(model, data.resolve("manifest.csv"), findings),
                        dir.resolve("out"))
                .withInference(new Inference(Task.MULTI_LABEL, OutputKind.LOGITS,
                        new ImageInput(null, null, Preprocessing.ResizeMode.SHORTER_SIDE_CROP,
                                Preprocessing.ChannelMode.RGB, List.of(0.4815, 0.4578, 0.4082),
                                List.of(0.2686, 0.2613, 0.2758)), Device.CPU))
                .withThroughput(new Throughput(8, 0))
                .withGroupings(Groupings.of("sex", "age").withBins("age", 0.0, 60.0).withMinGroupSize(10)
                        .withMinClassCount(0))
                .withRules(new Rule(Measure.parse("auc"), "sex", "No Finding", GapMethod.DIFFERENCE, null, 1.0,
                        null, MissingPolicy.WARN));

        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec);
        ResultFiles.write(result, spec.outputDirectory());

        assertEquals(50, result.predictions().size());
        for (int l = 0; l < NIH_FINDINGS.size(); l++) {
            for (double s : result.predictions().scores(l)) {
                assertTrue(s > 0 && s < 1, "a sigmoid of a logit lies strictly inside (0, 1): " + s);
            }
        }
        var noFinding = result.labels().get(NIH_FINDINGS.indexOf("No Finding")).metrics();
        assertEquals(36, noFinding.overall().get(Metric.POSITIVES).value());
        assertEquals(27, noFinding.group("sex", "F").n());
        assertEquals(23, noFinding.group("sex", "M").n());
        // Hernia never occurs in these 50 images: its TPR and AUC are undefined, never 0
        var hernia = result.labels().get(NIH_FINDINGS.indexOf("Hernia")).metrics().overall();
        assertEquals("no positive samples", hernia.get(Metric.TPR).undefinedReason());
        JsonNode json = new ObjectMapper().readTree(spec.outputDirectory().resolve("fairness.json").toFile());
        assertEquals("224", json.at("/model/preprocessing/width").asText());
        assertEquals("shorterSideCrop", json.at("/model/preprocessing/resize").asText());
        assertEquals(15, json.at("/labels").size());
        assertTrue(json.at("/labels/7/overall/tpr/value").isNull());
    }
}

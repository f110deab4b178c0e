package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.ImageInput;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.ReferenceColumns;
import dev.fairness.inference.Device;
import dev.fairness.testing.SyntheticTestSets;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export parity and the warnings about the scores in fairness.json and in the report's model section. */
class ScoreChecksReportTest {
    @TempDir
    Path dir;

    private EvaluationResult evaluate(String model, ImageInput input, boolean reference) {
        SyntheticTestSets.plantedGap(dir);
        Inputs inputs = Inputs.images(dir.resolve(model), dir.resolve("manifest-reference.csv"),
                LabelSpec.binaryColumns(List.of("Effusion")));
        if (reference) {
            inputs = inputs.withReference(new ReferenceColumns("reference_", 1e-4));
        }
        return new Evaluator(EvaluationLog.SILENT, "test").evaluate(EvaluationSpec.of(inputs, dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU).withInput(input))
                .withGroupings(Groupings.of("sex")));
    }

    @Test
    void fairnessJsonHoldsTheParityOfEveryLabelWithItsLargestDifferences() {
        EvaluationResult result = evaluate("model.onnx", ImageInput.FROM_MODEL, true);
        JsonNode parity = FairnessJson.toJson(result).get("exportParity");

        assertEquals(1e-4, parity.get("tolerance").asDouble());
        JsonNode label = parity.get("labels").get(0);
        assertEquals("Effusion", label.get("label").asText());
        assertEquals("reference_Effusion", label.get("column").asText());
        assertEquals(200, label.get("images").asInt());
        assertEquals(0, label.get("beyondTolerance").asInt());
        assertEquals(result.checks().parity().get(0).max(), label.get("maxAbsoluteDifference").asDouble());
        assertEquals(5, label.get("largestDifferences").size());
        JsonNode largest = label.get("largestDifferences").get(0);
        assertEquals(label.get("maxAbsoluteDifference").asDouble(), largest.get("difference").asDouble());
        assertEquals(Math.abs(largest.get("plugin").asDouble() - largest.get("reference").asDouble()),
                largest.get("difference").asDouble(), 1e-15);
        assertTrue(largest.get("location").asText().startsWith("manifest-reference.csv, line "));
        assertEquals("[]", FairnessJson.toJson(result).get("warnings").toString());
    }

    @Test
    void withoutReferenceColumnsExportParityIsNullAndDegenerateScoresAreWarnings() {
        ObjectNode json = FairnessJson.toJson(evaluate("model-normalised.onnx", ImageInput.FROM_MODEL, false));

        assertTrue(json.get("exportParity").isNull());
        assertEquals(1, json.get("warnings").size());
        assertTrue(json.get("warnings").get(0).asText().startsWith("Degenerate scores for Effusion: all 200 images "
                + "score at or above the threshold 0.500"), json.get("warnings").toString());
    }

    @Test
    void theReportsModelSectionStatesTheParityAndTheWarnings() {
        EvaluationResult passing = evaluate("model.onnx", ImageInput.FROM_MODEL, true);
        Document doc = ReportFixtures.document(ReportFixtures.source(passing));
        List<String> terms = doc.select("#fr-model dt").eachText();
        List<String> values = doc.select("#fr-model dd").eachText();
        int at = terms.indexOf("Export parity, Effusion");
        assertEquals("largest difference " + String.format(java.util.Locale.ROOT, "%.1e",
                passing.checks().parity().get(0).max()) + " from the training framework's scores in column "
                + "reference_Effusion (tolerance 1.0e-04), 200 images", values.get(at));

        Document degenerate = ReportFixtures.document(ReportFixtures.source(evaluate("model-normalised.onnx",
                ImageInput.FROM_MODEL, false)));
        List<String> warningTerms = degenerate.select("#fr-model dt").eachText();
        assertEquals(degenerate.select("#fr-model dd").eachText().get(warningTerms.indexOf("Warning")),
                evaluate("model-normalised.onnx", ImageInput.FROM_MODEL, false).checks().warnings().get(0));
    }
}

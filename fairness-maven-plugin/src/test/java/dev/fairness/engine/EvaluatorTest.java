package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleMessages;
import dev.fairness.inference.Device;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;
import dev.fairness.testing.SyntheticTestSet.Sample;
import dev.fairness.testing.SyntheticTestSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The whole engine on a generated test set whose scores and group rates are known by construction. */
class EvaluatorTest {
    private static final Rule TPR_BY_SEX = new Rule(Measure.parse("tpr"), "sex", null, GapMethod.DIFFERENCE, null,
            0.10, null, MissingPolicy.WARN);

    private static EvaluationSpec spec(Path dir, Path model, Path manifest, Path predictions) {
        Inputs inputs = new Inputs(model, manifest, predictions, null,
                TestSetColumns.of(LabelSpec.binaryColumns(List.of("Effusion"))), null, null);
        return EvaluationSpec.of(inputs, dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU)).withThroughput(new Throughput(0, 1))
                .withGroupings(Groupings.of("sex", "age").withBins("age", 0.0, 60.0).withIntersections("sex×age")
                        .withMinGroupSize(30).withMinClassCount(0))
                .withRules(TPR_BY_SEX);
    }

    @Test
    void onnxRuntimeScoresEveryImageAsTheGeneratorPlanned(@TempDir Path dir) {
        List<Sample> samples = SyntheticTestSets.plantedGap(dir);
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, dir.resolve("model.onnx"), dir.resolve("manifest.csv"), null));
        double[] scores = result.predictions().scores(0);
        for (int i = 0; i < samples.size(); i++) {
            // the model runs in float32: scores agree with the generator's double computation to ~1e-7
            assertEquals(samples.get(i).scores()[0], scores[i], 1e-5, samples.get(i).image());
            assertEquals(samples.get(i).image(), result.predictions().id(i));
        }
    }

    @Test
    void thePlantedTprGapOfExactlyPointThreeViolatesTheRule(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, dir.resolve("model.onnx"), dir.resolve("manifest.csv"), null));
        assertFalse(result.verdict().passed());
        assertEquals("Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300, but expected "
                + "maximum is 0.100 ('M' 0.900, 'F' 0.600)", RuleMessages.violation(result.verdict().results().get(0)));
        assertEquals(0.1, result.labels().get(0).metrics().group("sex", "F").get(Metric.FPR).value(), 1e-15);
        assertEquals(List.of("sex", "age", "sex×age"), List.copyOf(result.labels().get(0).metrics().byGrouping().keySet()));
    }

    @Test
    void predictionsFromAFileGiveTheSameVerdictWithoutAModel(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, null, null, dir.resolve("predictions.csv")));
        assertNull(result.model());
        assertEquals(0.3, result.verdict().results().get(0).gap().value().value(), 1e-12);
    }

    @Test
    void noModelAndNoPredictionsIsAnError(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, null, dir.resolve("manifest.csv"), null)));
        assertEquals("No model to evaluate. Set <model> to an ONNX file (with <manifest>), or <predictions> to a "
                + "CSV of scores computed elsewhere.", e.getMessage());
    }

    @Test
    void aBadValueInAPredictionsFileIsNamedByItsLineAfterBlankLinesAndQuotedLineBreaks(@TempDir Path dir)
            throws java.io.IOException {
        // line 1 header, 2 a row, 3 blank, 4-5 one row whose id holds a line break, 6 the bad age
        java.nio.file.Files.writeString(dir.resolve("predictions.csv"), "id,true_Effusion,score_Effusion,sex,age\n"
                + "a,1,0.9,F,30\n"
                + "\n"
                + "\"b\nc\",0,0.2,M,70\n"
                + "d,1,0.7,M,old\n");
        InputException e = assertThrows(InputException.class, () -> new Evaluator(EvaluationLog.SILENT, "test")
                .evaluate(spec(dir, null, null, dir.resolve("predictions.csv"))));
        assertEquals("predictions.csv, line 6, column 'age': expected a number, found 'old'. Fix the value, or remove "
                + "the bins of 'age' to treat it as categorical.", e.getMessage());
    }
}

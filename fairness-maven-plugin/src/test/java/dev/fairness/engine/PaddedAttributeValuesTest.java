package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.inference.Device;
import dev.fairness.testing.SyntheticTestSet;
import dev.fairness.testing.SyntheticTestSet.Cell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attribute value is the same group with or without surrounding white space, and a cell of white space is no
 * value, whether the rows come from a manifest (scored by the model) or from a predictions CSV.
 */
class PaddedAttributeValuesTest {
    @TempDir
    Path dir;

    private static GroupingSummary sex(EvaluationResult result) {
        return result.data().groupings().get(0);
    }

    @Test
    void onThePredictionsPathPaddedValuesJoinTheirGroupAndBlankOnesHaveNone() throws IOException {
        Path csv = Files.write(dir.resolve("predictions.csv"), List.of("id,true_y,score_y,sex",
                "a,1,0.9,M", "b,0,0.2, M", "c,1,0.8,F ", "d,0,0.1,F", "e,1,0.7,\"   \""));
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(csv, LabelSpec.binaryColumns(List.of("y"))),
                dir.resolve("out")).withGroupings(Groupings.of("sex").withMinGroupSize(1).withMinClassCount(0));

        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec);

        assertEquals(new GroupingSummary("sex", List.of("F", "M"), List.of(2, 2), 1), sex(result));
    }

    @Test
    void onTheManifestPathPaddedValuesJoinTheirGroupAndBlankOnesHaveNone() throws IOException {
        Path set = dir.resolve("set");
        SyntheticTestSet.binary(set, 3, "Effusion", List.of(new Cell("F", 10, 80, 5, 4, 5, 1),
                new Cell("M", 10, 80, 5, 4, 5, 2)));
        padSexCells(set.resolve("manifest.csv"));
        EvaluationSpec spec = EvaluationSpec.of(Inputs.images(set.resolve("model.onnx"), set.resolve("manifest.csv"),
                        LabelSpec.binaryColumns(List.of("Effusion"))), dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU)).withThroughput(new Throughput(0, 1))
                .withGroupings(Groupings.of("sex").withMinGroupSize(1).withMinClassCount(0));

        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test", new RunOptions(1, false, null))
                .evaluate(spec);

        assertEquals(new GroupingSummary("sex", List.of("F", "M"), List.of(9, 10), 1), sex(result));
    }

    /** Every other row's sex gets spaces around it; the first row's (an F) becomes spaces only. */
    private static void padSexCells(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest);
        int column = Arrays.asList(lines.get(0).split(",", -1)).indexOf("sex");
        List<String> padded = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            cells[column] = i == 1 ? "   " : i % 2 == 0 ? " " + cells[column] + " " : cells[column];
            padded.add(String.join(",", cells));
        }
        Files.write(manifest, padded);
    }
}

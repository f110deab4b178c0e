package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.inference.Device;
import dev.fairness.inference.Layout;
import dev.fairness.inference.ModelInfo;
import dev.fairness.zeroshot.ZeroShotClass;
import dev.fairness.zeroshot.ZeroShotSummary;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSummariesTest {
    private static final ModelInfo INFO = new ModelInfo(Path.of("/old/place/model.onnx"), "ab12", "image",
            Layout.NCHW, 3, 224, 224, -1, "scores", 14, 8, 13, "pytorch 2.1.0");
    private static final Preprocessing PREPROCESSING = new Preprocessing(224, 224,
            Preprocessing.ResizeMode.SHORTER_SIDE_CROP, Preprocessing.ChannelMode.RGB, List.of(0.485, 0.456, 0.406),
            List.of(0.229, 0.224, 0.225), Layout.NCHW);

    @Test
    void aSummaryRoundTripsThroughJsonWithTheModelFileAsConfiguredNow() {
        ModelSummary summary = new ModelSummary(INFO, PREPROCESSING, Device.tensorrt(1), "ONNX Runtime 1.24.2");
        Path now = Path.of("/new/place/model.onnx");

        ModelSummary back = ModelSummaries.fromJson(ModelSummaries.toJson(summary), now);

        assertEquals(new ModelSummary(new ModelInfo(now, "ab12", "image", Layout.NCHW, 3, 224, 224, -1, "scores",
                14, 8, 13, "pytorch 2.1.0"), PREPROCESSING, Device.tensorrt(1), "ONNX Runtime 1.24.2"), back);
    }

    @Test
    void aZeroShotSummaryRoundTripsSoThatAReusedEvaluationStillShowsThePrompts() {
        ZeroShotSummary zeroShot = new ZeroShotSummary("pair", "logit-mean", 100.0, "configured",
                "read from prompts.json", List.of(new ZeroShotClass("Effusion", "pleural effusion",
                List.of("{}", "a chest x-ray showing {}"), List.of("no {}"))));
        ModelSummary summary = new ModelSummary(INFO, PREPROCESSING, Device.CPU, "ONNX Runtime 1.24.2", zeroShot);

        ModelSummary back = ModelSummaries.fromJson(ModelSummaries.toJson(summary), INFO.file());

        assertEquals(summary, back);
        assertEquals(List.of("no pleural effusion"), back.zeroShot().prompts().get(0).negative());
    }

    @Test
    void jsonWithoutASummaryIsNoSummary() {
        assertNull(ModelSummaries.fromJson(JsonNodeFactory.instance.objectNode().put("device", "cpu"),
                Path.of("model.onnx")));
        assertNull(ModelSummaries.fromJson(JsonNodeFactory.instance.textNode("x"), Path.of("model.onnx")));
    }
}

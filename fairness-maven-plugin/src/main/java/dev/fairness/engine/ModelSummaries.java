package dev.fairness.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.inference.ModelInfo;

import java.nio.file.Path;

/**
 * A {@link ModelSummary} as JSON, stored with cached scores so that a build that reuses them still reports the
 * model, its preprocessing and the device it ran on without loading ONNX Runtime.
 */
final class ModelSummaries {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelSummaries() {
    }

    static JsonNode toJson(ModelSummary summary) {
        return JSON.valueToTree(summary);
    }

    /**
     * The stored summary, with the model file as configured now (the same bytes may have moved); null when the
     * JSON does not hold a summary.
     */
    static ModelSummary fromJson(JsonNode json, Path model) {
        try {
            ModelSummary stored = JSON.treeToValue(json, ModelSummary.class);
            if (stored == null || stored.info() == null || stored.preprocessing() == null || stored.device() == null) {
                return null;
            }
            ModelInfo i = stored.info();
            ModelInfo info = new ModelInfo(model, i.sha256(), i.inputName(), i.layout(), i.channels(), i.height(),
                    i.width(), i.batchSize(), i.outputName(), i.outputWidth(), i.irVersion(), i.opset(), i.producer());
            return new ModelSummary(info, stored.preprocessing(), stored.device(), stored.runtime(), stored.zeroShot());
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }
}

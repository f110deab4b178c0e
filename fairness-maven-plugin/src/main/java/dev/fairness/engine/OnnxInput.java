package dev.fairness.engine;

import dev.fairness.dataset.Preprocessing;
import dev.fairness.inference.DeviceSelector;
import dev.fairness.inference.InputShape;
import dev.fairness.inference.NativeLibraryPath;
import dev.fairness.inference.OnnxModel;
import dev.fairness.inference.OnnxRuntimeJars;
import dev.fairness.inference.OnnxScorer;

import java.util.function.Consumer;

/**
 * What an open ONNX model takes from each image: the preprocessing (what the user set, the rest from the model) and
 * the input tensor that preprocessing fills. One place for the classifier, the shared decode and the zero-shot
 * tower, so that all three feed a model the same way.
 */
record OnnxInput(Preprocessing preprocessing, InputShape shape) {

    /**
     * Loads ONNX Runtime's native libraries (from {@code <nativeLibraryPath>} when set) and gives the devices it
     * offers; must run before a model is opened.
     */
    static DeviceSelector devices(RunOptions options, Consumer<String> warn) {
        NativeLibraryPath.ofJvm().apply(options.nativeLibraryPath());
        OnnxRuntimeJars.requireOne(OnnxModel.class.getClassLoader());
        return DeviceSelector.onnxRuntime(warn);
    }

    static OnnxInput of(EvaluationSpec spec, OnnxModel model) {
        Preprocessing preprocessing = ImageScoring.preprocessing(spec.inference().input(), model.info());
        return new OnnxInput(preprocessing, model.info().inputFor(preprocessing.channels().count(),
                preprocessing.height(), preprocessing.width()));
    }

    /** The classifier that scores {@code spec}'s labels from this input. */
    OnnxScorer scorer(EvaluationSpec spec, OnnxModel model) {
        return new OnnxScorer(model, shape, spec.inference().task(), spec.inference().outputs(),
                ImageScoring.scoredLabels(spec));
    }

    /** What the report says about a classifier fed this input. */
    ModelSummary summary(OnnxModel model) {
        return new ModelSummary(model.info(), preprocessing, model.device(), ImageScoring.onnxRuntime());
    }
}

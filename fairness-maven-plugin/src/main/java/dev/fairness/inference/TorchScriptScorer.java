package dev.fairness.inference;

import dev.fairness.InputException;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Scores batches of images with a {@link TorchScriptModel}, as {@link OnnxScorer} does with ONNX: the same input
 * buffer, the same decoding of logits or probabilities and the same messages. A TorchScript file declares no input
 * or output shapes, so the input shape is the preprocessing's and the output width is checked on the first batch.
 */
public final class TorchScriptScorer implements ImageScorer {
    /** The producer a TorchScript model's {@link ModelInfo} names, in place of ONNX's producer. */
    public static final String PRODUCER = "TorchScript";

    private final TorchScriptModel model;
    private final InputShape input;
    private final ModelInfo info;
    private final ScoreDecoder decoder;

    /**
     * @param labels 1 for a binary task, else the number of labels (multi-label) or classes (multi-class)
     */
    public TorchScriptScorer(TorchScriptModel model, InputShape input, Task task, OutputKind outputs, int labels,
                             String sha256) {
        this.model = Objects.requireNonNull(model, "model");
        this.input = Objects.requireNonNull(input, "input");
        this.info = describe(model.file(), sha256, input);
        this.decoder = new ScoreDecoder(info, task, outputs, labels);
    }

    /**
     * What is known of a TorchScript model before it runs: the input the preprocessing gives it, the output width
     * unknown (-1), no ONNX IR or opset.
     */
    public static ModelInfo describe(Path file, String sha256, InputShape input) {
        return new ModelInfo(file, sha256, "input 0", input.layout(), input.channels(), input.height(), input.width(),
                -1, "output 0", -1, -1, -1, PRODUCER);
    }

    public ModelInfo info() {
        return info;
    }

    @Override
    public InputShape input() {
        return input;
    }

    @Override
    public int labels() {
        return decoder.labels();
    }

    @Override
    public double[][] score(FloatBuffer images, int count) {
        input.requireImages(images, count);
        double[][] scores = new double[count][];
        if (count == 0) {
            return scores;
        }
        TorchScriptModel.Output output = model.run(images, input.tensorShape(count));
        long[] shape = output.shape();
        if (shape.length == 0 || shape.length > 2 || shape[0] != count) {
            throw new InputException(model.file() + " returns a tensor of shape " + ModelInspector.shape(shape)
                    + " for a batch of " + count + " images but [" + count + ", K] is expected. Export the model "
                    + "with a classification output first.");
        }
        int k = shape.length == 1 ? 1 : (int) shape[1];
        decoder.requireWidth(k);
        for (int row = 0; row < count; row++) {
            scores[row] = decoder.decode(output.values(), row * k, k, row);
        }
        return scores;
    }
}

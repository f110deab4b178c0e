package dev.fairness.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.fairness.InputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs an {@link OnnxModel} on batches of images and returns probabilities. A direct, native-order buffer is
 * handed to ONNX Runtime without a copy; a model with a fixed batch dimension gets exactly that many images per
 * run (the last run zero-padded, its padding rows dropped). Thread-safe: its only mutable state is how long the
 * batches took (atomic counters, for the debug log).
 */
public final class OnnxScorer implements ImageScorer {

    private final OnnxModel model;
    private final InputShape input;
    private final ScoreDecoder decoder;
    /** Nanoseconds the first batch took (ONNX Runtime allocates and plans its buffers then), -1 before it ran. */
    private final java.util.concurrent.atomic.AtomicLong firstBatchNanos = new java.util.concurrent.atomic.AtomicLong(-1);
    private final java.util.concurrent.atomic.AtomicLong laterBatchNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger laterBatches = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param input the shape the preprocessing produces, from {@link ModelInfo#inputFor}
     * @param labels 1 for a binary task, else the number of labels (multi-label) or classes (multi-class)
     * @throws InputException when the model's output width does not fit the task and labels
     */
    public OnnxScorer(OnnxModel model, InputShape input, Task task, OutputKind outputs, int labels) {
        this.model = Objects.requireNonNull(model, "model");
        this.input = Objects.requireNonNull(input, "input");
        this.decoder = new ScoreDecoder(model.info(), task, outputs, labels);
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
        long start = System.nanoTime();
        double[][] scores = scoreBatch(images, count);
        long nanos = System.nanoTime() - start;
        if (!firstBatchNanos.compareAndSet(-1, nanos)) {
            laterBatchNanos.addAndGet(nanos);
            laterBatches.incrementAndGet();
        }
        return scores;
    }

    /** Mean seconds of the batches after the first, NaN when there were none: what the first one costs extra. */
    public double laterBatchSeconds() {
        int n = laterBatches.get();
        return n == 0 ? Double.NaN : laterBatchNanos.get() / 1e9 / n;
    }

    /** Seconds the first batch took, NaN before one ran. */
    public double firstBatchSeconds() {
        long nanos = firstBatchNanos.get();
        return nanos < 0 ? Double.NaN : nanos / 1e9;
    }

    private double[][] scoreBatch(FloatBuffer images, int count) {
        input.requireImages(images, count);
        int per = input.floatsPerImage();
        if (images.isDirect() && images.order() != ByteOrder.nativeOrder()) {
            throw new IllegalArgumentException("a direct buffer must be in native byte order");
        }
        double[][] scores = new double[count][];
        long fixed = model.info().batchSize();
        int batch = fixed > 0 ? (int) fixed : Math.max(count, 1);
        for (int start = 0; start < count; start += batch) {
            int n = Math.min(batch, count - start);
            FloatBuffer chunk = images.duplicate();
            chunk.position(images.position() + start * per).limit(images.position() + (start + n) * per);
            if (fixed > 0 && n < batch) {
                chunk = padded(chunk, batch * per);
            }
            run(chunk, fixed > 0 ? batch : n, n, scores, start);
        }
        return scores;
    }

    /** Runs one batch of {@code rows} images and decodes the first {@code used} rows into {@code scores[start..]}. */
    private void run(FloatBuffer chunk, int rows, int used, double[][] scores, int start) {
        ModelInfo info = model.info();
        try (OnnxTensor tensor = OnnxTensor.createTensor(model.environment(), chunk, input.tensorShape(rows));
             OrtSession.Result result = model.session().run(Map.of(info.inputName(), tensor),
                     Set.of(info.outputName()))) {
            OnnxValue value = result.get(0);
            long[] shape = ((OnnxTensor) value).getInfo().getShape();
            int k = shape.length == 1 ? 1 : (int) shape[1];
            if (shape[0] != rows || shape.length > 2) {
                throw new InputException(info.file() + " output '" + info.outputName() + "' has shape "
                        + ModelInspector.shape(shape) + " for a batch of " + rows + " images but [" + rows
                        + ", K] is expected. Export the model with a classification output first.");
            }
            if (info.outputWidth() < 0) {
                decoder.requireWidth(k);
            }
            float[] raw = new float[rows * k];
            ((OnnxTensor) value).getFloatBuffer().get(raw);
            for (int row = 0; row < used; row++) {
                scores[start + row] = decoder.decode(raw, row * k, k, row);
            }
        } catch (OrtException e) {
            throw new InputException("ONNX Runtime could not run " + info.file() + " on a batch of " + rows
                    + " images of " + input + " (" + OrtMessages.reason(e) + "). Check that the model runs in "
                    + "ONNX Runtime with input '" + info.inputName() + "' of shape "
                    + ModelInspector.shape(input.tensorShape(rows)) + ".", e);
        }
    }

    /** A zero-filled direct buffer of {@code floats}, starting with the chunk's images. */
    private static FloatBuffer padded(FloatBuffer chunk, int floats) {
        FloatBuffer padded = ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        padded.put(chunk).rewind();
        return padded;
    }
}

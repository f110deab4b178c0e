package dev.fairness.inference;

import dev.fairness.InputException;
import java.util.Objects;

/**
 * Turns one image's K raw output values into one probability per label. Logits: sigmoid per value for binary
 * (K = 1) and multi-label, softmax over K for multi-class and binary K = 2 (keeping class 1). Probabilities: used
 * as they are, but a value outside [0, 1] means the output was not probabilities, and the user is told so.
 */
final class ScoreDecoder {

    private final ModelInfo model;
    private final Task task;
    private final OutputKind kind;
    private final int labels;

    /**
     * @param labels scores per image the evaluation needs: 1 for binary, the labels or classes otherwise
     * @throws InputException when the model's declared output width does not fit the task
     */
    ScoreDecoder(ModelInfo model, Task task, OutputKind kind, int labels) {
        this.model = Objects.requireNonNull(model, "model");
        this.task = Objects.requireNonNull(task, "task");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.labels = labels;
        if (task == Task.BINARY ? labels != 1 : labels < 1) {
            throw new IllegalArgumentException(task + " task with " + labels + " labels");
        }
        if (model.outputWidth() >= 0) {
            requireWidth(model.outputWidth());
        }
    }

    int labels() {
        return labels;
    }

    /**
     * Checks an output width K against the task (also at run time, for a dynamic output width).
     *
     * @throws InputException e.g. {@code model.onnx output 'scores' has width 14 but the multi-label task has 6
     *     labels. List one label per model output, in the model's output order.}
     */
    void requireWidth(int k) {
        String prefix = model.file() + " output '" + model.outputName() + "' has width " + k;
        switch (task) {
            case BINARY -> {
                if (k != 1 && k != 2) {
                    throw new InputException(prefix + " but a binary task needs width 1 (one score per image) "
                            + "or 2 (negative and positive class). Use a binary model, or declare the task "
                            + "multi-label or multi-class with one label per output.");
                }
            }
            case MULTI_LABEL, MULTI_CLASS -> {
                if (k != labels) {
                    boolean classes = task == Task.MULTI_CLASS;
                    throw new InputException(prefix + " but the " + task + " task has " + labels
                            + (classes ? " classes. List one class" : " labels. List one label")
                            + " per model output, in the model's output order.");
                }
            }
        }
    }

    /**
     * Decodes {@code k} values starting at {@code offset}.
     *
     * @param row the image's index within the batch, for messages
     */
    double[] decode(float[] raw, int offset, int k, int row) {
        double[] scores = new double[labels];
        if (kind == OutputKind.PROBABILITIES) {
            for (int j = 0; j < k; j++) {
                double p = raw[offset + j];
                if (!(p >= 0 && p <= 1)) {
                    throw new InputException(model.file() + " output '" + model.outputName() + "' is declared as "
                            + "probabilities but holds " + p + " (row " + row + " of the batch, column " + j
                            + "), which is not in [0, 1]. Set <outputs>logits</outputs> if the model outputs raw scores.");
                }
            }
            if (task == Task.BINARY && k == 2) {
                scores[0] = raw[offset + 1];
            } else {
                for (int j = 0; j < k; j++) {
                    scores[j] = raw[offset + j];
                }
            }
            return scores;
        }
        if (task == Task.MULTI_CLASS || (task == Task.BINARY && k == 2)) {
            double[] p = softmax(raw, offset, k);
            if (task == Task.BINARY) {
                scores[0] = p[1];
            } else {
                System.arraycopy(p, 0, scores, 0, k);
            }
        } else {
            for (int j = 0; j < k; j++) {
                scores[j] = sigmoid(raw[offset + j]);
            }
        }
        for (int j = 0; j < scores.length; j++) {
            if (Double.isNaN(scores[j])) {
                throw new InputException(model.file() + " output '" + model.outputName() + "' holds NaN (row " + row
                        + " of the batch). Check the model and that preprocessing produces finite pixel values.");
            }
        }
        return scores;
    }

    /** Numerically stable: {@code 1 / (1 + e^-x)} for x >= 0, {@code e^x / (1 + e^x)} below. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** Softmax after subtracting the maximum, so large logits do not overflow. */
    static double[] softmax(float[] raw, int offset, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, raw[offset + j]);
        }
        double[] p = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            p[j] = Math.exp(raw[offset + j] - max);
            sum += p[j];
        }
        for (int j = 0; j < k; j++) {
            p[j] /= sum;
        }
        return p;
    }
}

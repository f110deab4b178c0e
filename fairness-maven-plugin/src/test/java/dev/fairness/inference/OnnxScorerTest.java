package dev.fairness.inference;

import static dev.fairness.inference.TestImages.constant;
import static dev.fairness.inference.TestImages.logits;
import static dev.fairness.inference.TestImages.sigmoid;
import static dev.fairness.inference.TestImages.softmax;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.testing.OnnxModelWriter;
import dev.fairness.testing.OnnxModelWriter.Activation;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known answers through the real ONNX Runtime: images of constant channels through mean-pool classifiers. */
class OnnxScorerTest {

    static final double TOLERANCE = 1e-5;
    static final int SIZE = 8;

    /** Channel means of five grey-ish RGB images. */
    static final float[][] IMAGES = {
        {0.1f, 0.2f, 0.3f}, {0.9f, 0.8f, 0.7f}, {0.5f, 0.5f, 0.5f}, {0f, 1f, 0f}, {0.25f, 0.75f, 0.125f}
    };

    @TempDir
    Path dir;

    private final List<OnnxModel> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(OnnxModel::close);
    }

    private OnnxScorer scorer(byte[] model, Task task, OutputKind outputs, int labels) {
        OnnxModel m = OnnxModel.open(OnnxModelWriter.write(dir.resolve("model" + opened.size() + ".onnx"), model),
                Device.CPU, 1, new DeviceSelector(new FakeProviders(), w -> { }));
        opened.add(m);
        return new OnnxScorer(m, m.info().inputFor(m.info().channels(), SIZE, SIZE), task, outputs, labels);
    }

    private static void assertScores(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, "images");
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], TOLERANCE, "image " + i);
        }
    }

    @Test
    void binarySigmoidOutputDeclaredAsProbabilitiesIsUsedAsIs() {
        float[][] w = {{2, -1, 0.5f}};
        float[] b = {-0.25f};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.SIGMOID, -1),
                Task.BINARY, OutputKind.PROBABILITIES, 1);

        double[][] scores = scorer.score(constant(Layout.NCHW, SIZE, SIZE, IMAGES), IMAGES.length);

        double[][] expected = new double[IMAGES.length][];
        for (int i = 0; i < IMAGES.length; i++) {
            expected[i] = new double[] {sigmoid(logits(w, b, IMAGES[i])[0])};
        }
        assertScores(expected, scores);
    }

    @Test
    void binarySingleLogitGetsASigmoid() {
        float[][] w = {{2, -1, 0.5f}};
        float[] b = {-0.25f};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.NONE, -1),
                Task.BINARY, OutputKind.LOGITS, 1);

        double[][] scores = scorer.score(constant(Layout.NCHW, SIZE, SIZE, IMAGES), IMAGES.length);

        for (int i = 0; i < IMAGES.length; i++) {
            assertEquals(sigmoid(logits(w, b, IMAGES[i])[0]), scores[i][0], TOLERANCE);
        }
    }

    @Test
    void binaryTwoClassSoftmaxOutputKeepsThePositiveClass() {
        float[][] w = {{1, 0, 0}, {0, 3, -1}};
        float[] b = {0, 0.5f};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.SOFTMAX, -1),
                Task.BINARY, OutputKind.PROBABILITIES, 1);

        double[][] scores = scorer.score(constant(Layout.NCHW, SIZE, SIZE, IMAGES), IMAGES.length);

        for (int i = 0; i < IMAGES.length; i++) {
            assertArrayEquals(new double[] {softmax(logits(w, b, IMAGES[i]))[1]}, scores[i], TOLERANCE);
        }
    }

    @Test
    void binaryTwoLogitsGetASoftmaxAndKeepThePositiveClass() {
        float[][] w = {{1, 0, 0}, {0, 3, -1}};
        float[] b = {0, 0.5f};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.NONE, -1),
                Task.BINARY, OutputKind.LOGITS, 1);

        double[][] scores = scorer.score(constant(Layout.NCHW, SIZE, SIZE, IMAGES), IMAGES.length);

        for (int i = 0; i < IMAGES.length; i++) {
            double[] z = logits(w, b, IMAGES[i]);
            assertArrayEquals(new double[] {sigmoid(z[1] - z[0])}, scores[i], TOLERANCE);
        }
    }

    @Test
    void multiLabelLogitsGetASigmoidEach() {
        float[][] w = {{1, 0, 0}, {0, -2, 0}, {0.5f, 0.5f, 4}};
        float[] b = {-0.5f, 1, -2};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.NONE, -1),
                Task.MULTI_LABEL, OutputKind.LOGITS, 3);

        double[][] scores = scorer.score(constant(Layout.NCHW, SIZE, SIZE, IMAGES), IMAGES.length);

        for (int i = 0; i < IMAGES.length; i++) {
            double[] z = logits(w, b, IMAGES[i]);
            assertArrayEquals(new double[] {sigmoid(z[0]), sigmoid(z[1]), sigmoid(z[2])}, scores[i], TOLERANCE);
        }
    }

    @Test
    void multiLabelProbabilitiesAreUsedAsTheyAre() {
        float[][] w = {{1, 0, 0}, {0, -2, 0}, {0.5f, 0.5f, 4}};
        float[] b = {-0.5f, 1, -2};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.SIGMOID, -1),
                Task.MULTI_LABEL, OutputKind.PROBABILITIES, 3);

        double[][] scores = scorer.score(constant(Layout.NCHW, SIZE, SIZE, IMAGES), IMAGES.length);

        for (int i = 0; i < IMAGES.length; i++) {
            double[] z = logits(w, b, IMAGES[i]);
            assertArrayEquals(new double[] {sigmoid(z[0]), sigmoid(z[1]), sigmoid(z[2])}, scores[i], TOLERANCE);
        }
        assertEquals(3, scorer.labels());
    }

    @Test
    void multiClassLogitsGetASoftmaxOverAllClasses() {
        float[][] w = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}, {-1, -1, -1}};
        float[] b = {0, -0.5f, -1, 1};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.NONE, -1),
                Task.MULTI_CLASS, OutputKind.LOGITS, 4);

        double[][] scores = scorer.score(constant(Layout.NCHW, SIZE, SIZE, IMAGES), IMAGES.length);

        for (int i = 0; i < IMAGES.length; i++) {
            assertArrayEquals(softmax(logits(w, b, IMAGES[i])), scores[i], TOLERANCE);
        }
    }

    @Test
    void multiClassSoftmaxProbabilitiesAreUsedAsTheyAre() {
        float[][] w = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}, {-1, -1, -1}};
        float[] b = {0, -0.5f, -1, 1};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.SOFTMAX, -1),
                Task.MULTI_CLASS, OutputKind.PROBABILITIES, 4);

        double[][] scores = scorer.score(constant(Layout.NCHW, SIZE, SIZE, IMAGES), IMAGES.length);

        for (int i = 0; i < IMAGES.length; i++) {
            assertArrayEquals(softmax(logits(w, b, IMAGES[i])), scores[i], TOLERANCE);
        }
    }

    @Test
    void aFixedBatchIsFilledInRunsAndThePaddingOfTheLastRunIsDropped() {
        float[][] w = {{1, -1, 2}, {0.5f, 0.5f, 0.5f}};
        float[] b = {0.1f, -0.2f};
        float[][] images = new float[10][];
        for (int i = 0; i < images.length; i++) {
            images[i] = new float[] {i / 10f, 1 - i / 10f, (i % 3) / 3f};
        }
        OnnxScorer fixed = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.NONE, 4),
                Task.MULTI_LABEL, OutputKind.LOGITS, 2);

        double[][] scores = fixed.score(constant(Layout.NCHW, SIZE, SIZE, images), images.length);
        double[][] fewerThanOneBatch = fixed.score(constant(Layout.NCHW, SIZE, SIZE, images), 3);

        double[][] expected = new double[images.length][];
        for (int i = 0; i < images.length; i++) {
            double[] z = logits(w, b, images[i]);
            expected[i] = new double[] {sigmoid(z[0]), sigmoid(z[1])};
        }
        assertScores(expected, scores);
        assertScores(java.util.Arrays.copyOf(expected, 3), fewerThanOneBatch);
        assertEquals(0, fixed.score(constant(Layout.NCHW, SIZE, SIZE), 0).length);
    }

    @Test
    void scoresNhwcImagesWithChannelsInterleaved() {
        float[][] w = {{1, -2, 3}};
        float[] b = {-1};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifierNhwc(3, SIZE, SIZE, w, b, Activation.NONE, -1),
                Task.BINARY, OutputKind.LOGITS, 1);

        double[][] scores = scorer.score(constant(Layout.NHWC, SIZE, SIZE, IMAGES), IMAGES.length);

        assertEquals(Layout.NHWC, scorer.input().layout());
        for (int i = 0; i < IMAGES.length; i++) {
            assertEquals(sigmoid(logits(w, b, IMAGES[i])[0]), scores[i][0], TOLERANCE);
        }
    }

    @Test
    void scoresFromTheBufferPositionAndLeavesPositionAndLimitAlone() {
        float[][] w = {{1, 1, 1}};
        float[] b = {0};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.NONE, -1),
                Task.BINARY, OutputKind.LOGITS, 1);
        FloatBuffer buffer = constant(Layout.NCHW, SIZE, SIZE, IMAGES);
        int per = scorer.input().floatsPerImage();
        buffer.position(2 * per);

        double[][] scores = scorer.score(buffer, 3);

        assertEquals(2 * per, buffer.position());
        assertEquals(IMAGES.length * per, buffer.limit());
        for (int i = 0; i < 3; i++) {
            assertEquals(sigmoid(logits(w, b, IMAGES[2 + i])[0]), scores[i][0], TOLERANCE);
        }
    }

    @Test
    void aHeapBufferIsScoredToo() {
        float[][] w = {{1, 1, 1}};
        float[] b = {0};
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, w, b, Activation.NONE, -1),
                Task.BINARY, OutputKind.LOGITS, 1);
        FloatBuffer direct = constant(Layout.NCHW, SIZE, SIZE, IMAGES);
        float[] heap = new float[direct.capacity()];
        direct.get(heap);

        double[][] scores = scorer.score(FloatBuffer.wrap(heap), IMAGES.length);

        assertEquals(sigmoid(logits(w, b, IMAGES[4])[0]), scores[4][0], TOLERANCE);
    }

    @Test
    void logitsDeclaredAsProbabilitiesAreRejectedWithAdviceToDeclareLogits() {
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, new float[][] {{1, 2, 3}},
                new float[] {0.5f}, Activation.NONE, -1), Task.BINARY, OutputKind.PROBABILITIES, 1);
        Path file = opened.get(0).info().file();

        InputException e = assertThrows(InputException.class,
                () -> scorer.score(constant(Layout.NCHW, SIZE, SIZE, new float[] {1, 2, 3}), 1));

        assertEquals(file + " output 'scores' is declared as probabilities but holds 14.5 (row 0 of the batch, "
                + "column 0), which is not in [0, 1]. Set <outputs>logits</outputs> if the model outputs raw scores.",
                e.getMessage());
    }

    @Test
    void aNanProbabilityIsRejectedWithAdviceToDeclareLogits() {
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, new float[][] {{1, 2, 3}},
                new float[] {0.5f}, Activation.SIGMOID, -1), Task.BINARY, OutputKind.PROBABILITIES, 1);
        Path file = opened.get(0).info().file();

        InputException e = assertThrows(InputException.class, () -> scorer.score(
                constant(Layout.NCHW, SIZE, SIZE, new float[] {0, 0, 0}, new float[] {Float.NaN, 0, 0}), 2));

        assertEquals(file + " output 'scores' is declared as probabilities but holds NaN (row 1 of the batch, "
                + "column 0), which is not in [0, 1]. Set <outputs>logits</outputs> if the model outputs raw scores.",
                e.getMessage());
    }

    @Test
    void aNanLogitIsRejected() {
        OnnxScorer scorer = scorer(OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, new float[][] {{1, 2, 3}},
                new float[] {0.5f}, Activation.NONE, -1), Task.BINARY, OutputKind.LOGITS, 1);
        Path file = opened.get(0).info().file();

        InputException e = assertThrows(InputException.class,
                () -> scorer.score(constant(Layout.NCHW, SIZE, SIZE, new float[] {Float.NaN, 0, 0}), 1));

        assertEquals(file + " output 'scores' holds NaN (row 0 of the batch). Check the model and that "
                + "preprocessing produces finite pixel values.", e.getMessage());
    }

    @Test
    void aBinaryTaskRejectsAnOutputWiderThanTwo() {
        byte[] model = OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, new float[3][3], new float[3],
                Activation.NONE, -1);

        InputException e = assertThrows(InputException.class,
                () -> scorer(model, Task.BINARY, OutputKind.LOGITS, 1));

        assertEquals(opened.get(0).info().file() + " output 'scores' has width 3 but a binary task needs width 1 "
                + "(one score per image) or 2 (negative and positive class). Use a binary model, or declare the "
                + "task multi-label or multi-class with one label per output.", e.getMessage());
    }

    @Test
    void aMultiLabelTaskRejectsAnOutputWidthOtherThanTheNumberOfLabels() {
        byte[] model = OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, new float[14][3], new float[14],
                Activation.SIGMOID, -1);

        InputException e = assertThrows(InputException.class,
                () -> scorer(model, Task.MULTI_LABEL, OutputKind.PROBABILITIES, 6));

        assertEquals(opened.get(0).info().file() + " output 'scores' has width 14 but the multi-label task has 6 "
                + "labels. List one label per model output, in the model's output order.", e.getMessage());
    }

    @Test
    void aMultiClassTaskRejectsAnOutputWidthOtherThanTheNumberOfClasses() {
        byte[] model = OnnxModelWriter.meanPoolClassifier(3, SIZE, SIZE, new float[3][3], new float[3],
                Activation.SOFTMAX, -1);

        InputException e = assertThrows(InputException.class,
                () -> scorer(model, Task.MULTI_CLASS, OutputKind.PROBABILITIES, 4));

        assertEquals(opened.get(0).info().file() + " output 'scores' has width 3 but the multi-class task has 4 "
                + "classes. List one class per model output, in the model's output order.", e.getMessage());
    }
}

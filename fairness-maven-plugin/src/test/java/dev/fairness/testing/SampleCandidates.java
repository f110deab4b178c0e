package dev.fairness.testing;

import java.nio.file.Path;

/**
 * The sample project's candidate models beside its shipped {@code model.onnx} ({@code sigmoid(16 * mean - 8)}),
 * for the comparison with the baseline (the shipped model's predictions):
 * <ul>
 *   <li>{@code candidate.onnx}: the same features with the decision boundary moved down by {@link #SHIFT} in logit
 *   (a more sensitive model): on the sample it finds one more woman's effusion and raises a few false alarms, and
 *   the TPR difference by sex falls;</li>
 *   <li>{@code candidate-regressed.onnx}: the candidate plus a learned shortcut, a planted regression: it weighs
 *   every pixel, and the {@link ScannerGrid} lines that only women's images carry lower its logit by
 *   {@link #SHORTCUT}. Women's logits fall by 0.685 - 0.25 = 0.435 against the shipped model, so exactly the
 *   three women's effusions that the shipped model finds with a logit below that (0.231, 0.355 and 0.421) are
 *   missed: F's TPR falls by 3/60 and the TPR difference by sex grows by exactly 0.050 against the baseline.</li>
 * </ul>
 * Both take the same input as {@code model.onnx} ({@code [N, 1, 32, 32]}), so one decoding pass serves them.
 */
public final class SampleCandidates {
    public static final String CANDIDATE = "candidate.onnx";
    public static final String REGRESSED = "candidate-regressed.onnx";
    /** How far the candidate moves the boundary: logit + 0.25. */
    static final double SHIFT = 0.25;
    /** How much the grid lowers the regressed candidate's logit. */
    static final double SHORTCUT = 0.685;
    private static final int SIZE = SyntheticTestSet.SIZE;

    private SampleCandidates() {
    }

    static void write(Path dir) {
        OnnxModelWriter.write(dir.resolve(CANDIDATE), OnnxModelWriter.meanPoolClassifier(1, SIZE, SIZE,
                new float[][] {{16f}}, new float[] {(float) (-8 + SHIFT)}, OnnxModelWriter.Activation.SIGMOID, -1));
        OnnxModelWriter.write(dir.resolve(REGRESSED), regressed());
    }

    /**
     * Flatten -> Gemm -> Sigmoid over the 1024 pixels: {@code 16 * mean - 8 + SHIFT - SHORTCUT * g}, where
     * {@code g} is the grid's signed pixel sum scaled to 1 for an image that carries the lines (and 0, up to a
     * rounding remainder of at most 2/(1024 * 16), for one that does not).
     */
    private static byte[] regressed() {
        int pixels = SIZE * SIZE;
        float[] weights = new float[pixels];
        double perLine = 255.0 / (pixels * ScannerGrid.AMPLITUDE);
        for (int i = 0; i < pixels; i++) {
            weights[i] = (float) (16.0 / pixels - SHORTCUT * ScannerGrid.sign(i % SIZE) * perLine);
        }
        OnnxModelWriter.Graph g = new OnnxModelWriter.Graph("pixel_linear_classifier");
        g.input(OnnxModelWriter.INPUT, OnnxModelWriter.FLOAT, -1, 1, SIZE, SIZE);
        g.initializer("W", new long[] {1, pixels}, weights);
        g.initializer("B", new long[] {1}, new float[] {(float) (-8 + SHIFT)});
        g.node("Flatten", new String[] {OnnxModelWriter.INPUT}, new String[] {"pixels"},
                OnnxModelWriter.Attribute.i("axis", 1));
        g.node("Gemm", new String[] {"pixels", "W", "B"}, new String[] {"logits"},
                OnnxModelWriter.Attribute.i("transB", 1));
        g.node("Sigmoid", new String[] {"logits"}, new String[] {OnnxModelWriter.OUTPUT});
        g.output(OnnxModelWriter.OUTPUT, OnnxModelWriter.FLOAT, -1, 1);
        return g.toModel();
    }
}

package dev.fairness.benchmark;

import dev.fairness.testing.OnnxModelWriter;
import dev.fairness.testing.OnnxModelWriter.Attribute;
import dev.fairness.testing.OnnxModelWriter.Graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a DenseNet-121 (Huang et al. 2017, torchvision's layout) with random weights as ONNX: the architecture and
 * cost of CheXNet-style chest X-ray classifiers, without any trained weights. Stem 7x7/2 convolution and 3x3/2 max
 * pool; dense blocks of 6, 12, 24 and 16 layers (BN-ReLU-1x1 conv to 128, BN-ReLU-3x3 conv to 32, concatenated);
 * transitions (BN-ReLU-1x1 conv halving the channels, 2x2/2 average pool); BN-ReLU, global average pool, a linear
 * layer to 14 findings and a sigmoid. Input {@code [N, 3, 224, 224]} with a dynamic batch; 6.97 M parameters
 * (7.98 M with ImageNet's 1,000-class head) and 2.83 G multiply-adds per image in its convolutions.
 *
 * <p>Weights are He-normal from a fixed seed, batch norms the identity, so activations stay finite and the file is
 * the same on every run. The file is about 28 MB: generate it into {@code target/}, never commit it.
 * Run: {@code java -cp <test classpath> dev.fairness.benchmark.DenseNet121Writer target/benchmark/densenet121.onnx}.
 */
public final class DenseNet121Writer {
    public static final int FINDINGS = 14;
    private static final int[] BLOCKS = {6, 12, 24, 16};
    private static final int GROWTH = 32;
    private static final int BOTTLENECK = 4 * GROWTH;

    private final Graph graph = new Graph("densenet121");
    private final Random random = new Random(121);
    private long parameters;
    private int names;

    private DenseNet121Writer() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "target/benchmark/densenet121.onnx");
        DenseNet121Writer writer = new DenseNet121Writer();
        OnnxModelWriter.write(file, writer.build());
        System.out.printf("Wrote %s: DenseNet-121, %.2f M weights (batch-norm statistics included)%n", file,
                writer.parameters / 1e6);
    }

    /** Writes the model to {@code file} unless it exists; returns the file. */
    public static Path writeIfAbsent(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            OnnxModelWriter.write(file, new DenseNet121Writer().build());
        }
        return file;
    }

    private byte[] build() {
        graph.input(OnnxModelWriter.INPUT, OnnxModelWriter.FLOAT, -1, 3, 224, 224);
        String x = conv(OnnxModelWriter.INPUT, 3, 64, 7, 2, 3);
        x = bnRelu(x, 64);
        x = node("MaxPool", new String[] {x}, Attribute.ints("kernel_shape", 3, 3), Attribute.ints("strides", 2, 2),
                Attribute.ints("pads", 1, 1, 1, 1));
        int channels = 64;
        for (int b = 0; b < BLOCKS.length; b++) {
            List<String> features = new ArrayList<>(List.of(x));
            for (int layer = 0; layer < BLOCKS[b]; layer++) {
                String in = features.size() == 1 ? features.get(0)
                        : node("Concat", features.toArray(String[]::new), Attribute.i("axis", 1));
                String y = conv(bnRelu(in, channels), channels, BOTTLENECK, 1, 1, 0);
                y = conv(bnRelu(y, BOTTLENECK), BOTTLENECK, GROWTH, 3, 1, 1);
                features.add(y);
                channels += GROWTH;
            }
            x = node("Concat", features.toArray(String[]::new), Attribute.i("axis", 1));
            if (b < BLOCKS.length - 1) {
                x = conv(bnRelu(x, channels), channels, channels / 2, 1, 1, 0);
                channels /= 2;
                x = node("AveragePool", new String[] {x}, Attribute.ints("kernel_shape", 2, 2),
                        Attribute.ints("strides", 2, 2));
            }
        }
        x = bnRelu(x, channels);
        x = node("GlobalAveragePool", new String[] {x});
        x = node("Flatten", new String[] {x}, Attribute.i("axis", 1));
        String w = initializer(new long[] {FINDINGS, channels}, heNormal(FINDINGS * channels, channels));
        String bias = initializer(new long[] {FINDINGS}, new float[FINDINGS]);
        x = node("Gemm", new String[] {x, w, bias}, Attribute.i("transB", 1));
        graph.node("Sigmoid", new String[] {x}, new String[] {OnnxModelWriter.OUTPUT});
        graph.output(OnnxModelWriter.OUTPUT, OnnxModelWriter.FLOAT, -1, FINDINGS);
        return graph.toModel();
    }

    private String conv(String in, int inChannels, int outChannels, int kernel, int stride, int pad) {
        int fanIn = inChannels * kernel * kernel;
        String w = initializer(new long[] {outChannels, inChannels, kernel, kernel},
                heNormal(outChannels * fanIn, fanIn));
        return node("Conv", new String[] {in, w}, Attribute.ints("kernel_shape", kernel, kernel),
                Attribute.ints("strides", stride, stride), Attribute.ints("pads", pad, pad, pad, pad));
    }

    /** Inference batch norm (scale 1, bias 0, mean 0, variance 1) then ReLU. */
    private String bnRelu(String in, int channels) {
        float[] ones = new float[channels];
        java.util.Arrays.fill(ones, 1f);
        String scale = initializer(new long[] {channels}, ones);
        String bias = initializer(new long[] {channels}, new float[channels]);
        String mean = initializer(new long[] {channels}, new float[channels]);
        String variance = initializer(new long[] {channels}, ones.clone());
        String bn = node("BatchNormalization", new String[] {in, scale, bias, mean, variance},
                Attribute.f("epsilon", 1e-5f));
        return node("Relu", new String[] {bn});
    }

    private float[] heNormal(int count, int fanIn) {
        double std = Math.sqrt(2.0 / fanIn);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (random.nextGaussian() * std);
        }
        return values;
    }

    private String initializer(long[] dims, float[] values) {
        String name = "w" + names++;
        graph.initializer(name, dims, values);
        parameters += values.length;
        return name;
    }

    private String node(String op, String[] inputs, Attribute... attributes) {
        String out = op.toLowerCase(java.util.Locale.ROOT) + names++;
        graph.node(op, inputs, new String[] {out}, attributes);
        return out;
    }
}

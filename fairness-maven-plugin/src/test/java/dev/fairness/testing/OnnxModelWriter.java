package dev.fairness.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small, real ONNX models with known answers, so tests (and the test-data generator) need no Python.
 * An ONNX file is a protobuf {@code ModelProto}; this class encodes the few messages a classifier needs
 * (IR 8, opset 13: loadable by every ONNX Runtime since 1.10). Field numbers follow {@code onnx.proto}.
 *
 * <p>The ready-made models compute {@code act(W · mean(image per channel) + b)}: a generated image whose
 * channel {@code c} is filled with the value {@code m[c]} therefore scores exactly {@code act(W m + b)}.
 */
public final class OnnxModelWriter {

    /** Element types of {@code TensorProto.DataType}. */
    public static final int FLOAT = 1;
    public static final int INT64 = 7;

    /** Default names of the classifier's input and output. */
    public static final String INPUT = "image";
    public static final String OUTPUT = "scores";

    /** The last node of a classifier: none (logits), Sigmoid or Softmax over the scores. */
    public enum Activation { NONE, SIGMOID, SOFTMAX }

    private OnnxModelWriter() {
    }

    /**
     * GlobalAveragePool -> Flatten -> Gemm(weights, bias) -> optional activation, for an NCHW input
     * {@code [batch, channels, height, width]}.
     *
     * @param weights {@code [K][channels]}: row k weighs the channel means for output k
     * @param bias {@code [K]}
     * @param height image height, or -1 for a dynamic height (likewise width)
     * @param batch fixed batch size, or -1 for a dynamic batch dimension
     */
    public static byte[] meanPoolClassifier(int channels, int height, int width, float[][] weights, float[] bias,
                                            Activation act, long batch) {
        Graph g = new Graph("mean_pool_classifier");
        g.input(INPUT, FLOAT, batch, channels, height, width);
        classifierHead(g, INPUT, channels, weights, bias, act, batch);
        return g.toModel();
    }

    /** The same classifier for an NHWC input {@code [batch, height, width, channels]} (a Transpose comes first). */
    public static byte[] meanPoolClassifierNhwc(int channels, int height, int width, float[][] weights, float[] bias,
                                                Activation act, long batch) {
        Graph g = new Graph("mean_pool_classifier_nhwc");
        g.input(INPUT, FLOAT, batch, height, width, channels);
        g.node("Transpose", new String[] {INPUT}, new String[] {"nchw"}, Attribute.ints("perm", 0, 3, 1, 2));
        classifierHead(g, "nchw", channels, weights, bias, act, batch);
        return g.toModel();
    }

    private static void classifierHead(Graph g, String nchw, int channels, float[][] weights, float[] bias,
                                       Activation act, long batch) {
        int k = weights.length;
        float[] w = new float[k * channels];
        for (int i = 0; i < k; i++) {
            if (weights[i].length != channels) {
                throw new IllegalArgumentException("weights row " + i + " needs " + channels + " values");
            }
            System.arraycopy(weights[i], 0, w, i * channels, channels);
        }
        g.initializer("W", new long[] {k, channels}, w);
        g.initializer("B", new long[] {k}, bias);
        g.node("GlobalAveragePool", new String[] {nchw}, new String[] {"pooled"});
        g.node("Flatten", new String[] {"pooled"}, new String[] {"means"}, Attribute.i("axis", 1));
        String gemmOut = act == Activation.NONE ? OUTPUT : "logits";
        g.node("Gemm", new String[] {"means", "W", "B"}, new String[] {gemmOut}, Attribute.i("transB", 1));
        if (act == Activation.SIGMOID) {
            g.node("Sigmoid", new String[] {gemmOut}, new String[] {OUTPUT});
        } else if (act == Activation.SOFTMAX) {
            g.node("Softmax", new String[] {gemmOut}, new String[] {OUTPUT}, Attribute.i("axis", -1));
        }
        g.output(OUTPUT, FLOAT, batch, k);
    }

    /** Writes model bytes to a file (creating parent directories) and returns the file. */
    public static Path write(Path file, byte[] model) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node attribute ({@code AttributeProto}: name 1, f 2, i 3, ints 8, type 20). */
    public static final class Attribute {
        private final Proto proto;

        private Attribute(Proto proto) {
            this.proto = proto;
        }

        public static Attribute i(String name, long value) {
            return new Attribute(new Proto().string(1, name).varint(3, value).varint(20, 2));
        }

        public static Attribute f(String name, float value) {
            return new Attribute(new Proto().string(1, name).fixed32(2, Float.floatToIntBits(value)).varint(20, 1));
        }

        public static Attribute ints(String name, long... values) {
            Proto p = new Proto().string(1, name);
            for (long v : values) {
                p.varint(8, v);
            }
            return new Attribute(p.varint(20, 7));
        }
    }

    /** A {@code GraphProto} under construction: nodes 1, name 2, initializer 5, input 11, output 12. */
    public static final class Graph {
        private final Proto graph = new Proto();

        public Graph(String name) {
            graph.string(2, name);
        }

        /** A graph input; a dimension of -1 is dynamic (a named {@code dim_param}). */
        public Graph input(String name, int elemType, long... dims) {
            graph.message(11, valueInfo(name, elemType, dims));
            return this;
        }

        public Graph output(String name, int elemType, long... dims) {
            graph.message(12, valueInfo(name, elemType, dims));
            return this;
        }

        /** A float constant ({@code TensorProto}: dims 1, data_type 2, float_data 4, name 8). */
        public Graph initializer(String name, long[] dims, float[] values) {
            Proto t = new Proto();
            for (long d : dims) {
                t.varint(1, d);
            }
            t.varint(2, FLOAT).packedFloats(4, values).string(8, name);
            graph.message(5, t);
            return this;
        }

        /** A node ({@code NodeProto}: input 1, output 2, name 3, op_type 4, attribute 5). */
        public Graph node(String opType, String[] inputs, String[] outputs, Attribute... attributes) {
            Proto n = new Proto();
            for (String in : inputs) {
                n.string(1, in);
            }
            for (String out : outputs) {
                n.string(2, out);
            }
            n.string(3, opType + "_" + outputs[0]).string(4, opType);
            for (Attribute a : attributes) {
                n.message(5, a.proto);
            }
            graph.message(1, n);
            return this;
        }

        /** The model: {@code ModelProto} ir_version 1, producer_name 2, producer_version 3, graph 7, opset_import 8. */
        public byte[] toModel() {
            Proto opset = new Proto().string(1, "").varint(2, 13);
            return new Proto().varint(1, 8).string(2, "fairness-test").string(3, "1.0")
                    .message(7, graph).message(8, opset).toByteArray();
        }

        /** {@code ValueInfoProto} name 1, type 2 -> {@code TypeProto} tensor_type 1 -> elem_type 1, shape 2 -> dim 1. */
        private static Proto valueInfo(String name, int elemType, long... dims) {
            Proto shape = new Proto();
            for (int i = 0; i < dims.length; i++) {
                Proto dim = dims[i] < 0 ? new Proto().string(2, "d" + i) : new Proto().varint(1, dims[i]);
                shape.message(1, dim);
            }
            Proto tensor = new Proto().varint(1, elemType).message(2, shape);
            return new Proto().string(1, name).message(2, new Proto().message(1, tensor));
        }
    }

    /** A protobuf message encoder: tag = field << 3 | wire type (0 varint, 2 length-delimited, 5 fixed32). */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            rawVarint((long) field << 3);
            rawVarint(value);
            return this;
        }

        Proto fixed32(int field, int bits) {
            rawVarint((long) field << 3 | 5);
            for (int i = 0; i < 4; i++) {
                out.write(bits >>> (8 * i));
            }
            return this;
        }

        Proto bytes(int field, byte[] value) {
            rawVarint((long) field << 3 | 2);
            rawVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto message) {
            return bytes(field, message.toByteArray());
        }

        Proto packedFloats(int field, float[] values) {
            Proto packed = new Proto();
            for (float v : values) {
                int bits = Float.floatToIntBits(v);
                for (int i = 0; i < 4; i++) {
                    packed.out.write(bits >>> (8 * i));
                }
            }
            return bytes(field, packed.toByteArray());
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }

        private void rawVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}

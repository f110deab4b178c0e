package dev.fairness.inference;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.fairness.InputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a loaded model's signature into a {@link ModelInfo} and rejects models the plugin cannot feed, with a
 * message naming the file, what it declares, what was expected and what to do.
 */
final class ModelInspector {

    private static final String RANK4 = "[N, C, H, W] (NCHW) or [N, H, W, C] (NHWC) with C = 1 or 3";

    private ModelInspector() {
    }

    static ModelInfo inspect(Path file, ModelFile bytes, OrtSession session) throws OrtException {
        Map<String, NodeInfo> inputs = session.getInputInfo();
        if (inputs.size() != 1) {
            throw new InputException(file + " has " + inputs.size() + " inputs ("
                    + inputs.keySet().stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + ") but one image input is expected. Export the model with a single image input " + RANK4 + ".");
        }
        NodeInfo input = inputs.values().iterator().next();
        long[] in = floatTensorShape(file, "input", input);
        Layout layout = Layout.detect(in);
        if (layout == null) {
            throw new InputException(file + " input '" + input.getName() + "' has shape " + shape(in)
                    + " but an image input " + RANK4 + " is expected. Export the model with a 4-dimensional image input.");
        }
        long[] size = layout == Layout.NCHW ? new long[] {in[1], in[2], in[3]} : new long[] {in[3], in[1], in[2]};

        NodeInfo output = session.getOutputInfo().values().iterator().next();
        long[] out = floatTensorShape(file, "output", output);
        if (out.length < 1 || out.length > 2) {
            throw new InputException(file + " output '" + output.getName() + "' has shape " + shape(out)
                    + " but scores [N, K] (one row of K scores per image) are expected. "
                    + "Export the model with a classification output first.");
        }
        int outputWidth = out.length == 1 ? 1 : (int) out[1];
        return new ModelInfo(file, bytes.sha256(), input.getName(), layout, (int) size[0], (int) size[1],
                (int) size[2], in[0], output.getName(), outputWidth, bytes.irVersion(), bytes.opset(),
                bytes.producer());
    }

    /** The shape of a float tensor, -1 for dynamic dimensions. */
    private static long[] floatTensorShape(Path file, String role, NodeInfo node) {
        if (!(node.getInfo() instanceof TensorInfo tensor)) {
            throw new InputException(file + " " + role + " '" + node.getName() + "' is " + node.getInfo()
                    + " but a float tensor is expected. Export the model with a float32 " + role + " tensor.");
        }
        if (tensor.type != OnnxJavaType.FLOAT) {
            throw new InputException(file + " " + role + " '" + node.getName() + "' has element type "
                    + tensor.type + " but FLOAT (float32) is expected. Export the model with a float32 " + role
                    + " tensor.");
        }
        long[] shape = tensor.getShape();
        if (role.equals("input") && shape.length != 4) {
            throw new InputException(file + " input '" + node.getName() + "' has shape " + shape(shape)
                    + " but an image input " + RANK4 + " is expected. Export the model with a 4-dimensional image input.");
        }
        return shape;
    }

    /** {@code [?, 3, 224, 224]}: dynamic dimensions as {@code ?}. */
    static String shape(long[] shape) {
        return Arrays.stream(shape).mapToObj(d -> d < 0 ? "?" : Long.toString(d))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}

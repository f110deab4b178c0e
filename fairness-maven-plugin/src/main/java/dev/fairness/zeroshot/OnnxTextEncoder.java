package dev.fairness.zeroshot;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.fairness.InputException;
import dev.fairness.inference.EmbeddingRows;

import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ONNX text tower: token ids as {@code [N, context]} int64 or int32, and, when the model has a second input
 * whose name contains {@code mask}, the attention mask in the same type. Runs on the CPU: the prompts are encoded
 * once per build, which takes milliseconds.
 */
public final class OnnxTextEncoder implements TextEncoder {
    private final Path file;
    private final OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    private final OrtSession session;
    private final String idsInput;
    private final String maskInput;
    private final boolean int32;

    public OnnxTextEncoder(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("Text encoder not found: " + file + ". Give the text tower as an ONNX (.onnx) or "
                    + "TorchScript (.pt) file.");
        }
        this.file = file;
        try {
            this.session = OrtEnvironment.getEnvironment().createSession(file.toString(), options);
            List<String> names = new ArrayList<>(session.getInputNames());
            String mask = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains("mask")).findFirst()
                    .orElse(null);
            names.remove(mask);
            if (names.size() != 1) {
                throw new InputException(file + " has inputs " + session.getInputNames() + " but a text encoder takes token ids and, "
                        + "optionally, an attention mask (an input whose name contains 'mask'). Export the text tower "
                        + "with those inputs only, e.g. wrapped so that it makes any other input (such as "
                        + "token_type_ids) itself.");
            }
            this.idsInput = names.get(0);
            this.maskInput = mask;
            NodeInfo ids = session.getInputInfo().get(idsInput);
            OnnxJavaType type = ids.getInfo() instanceof TensorInfo t ? t.type : null;
            if (type != OnnxJavaType.INT64 && type != OnnxJavaType.INT32) {
                throw new InputException(file + " input '" + idsInput + "' is " + type + ", but token ids are int64 "
                        + "or int32. Give the text tower, not the image tower.");
            }
            this.int32 = type == OnnxJavaType.INT32;
        } catch (OrtException e) {
            throw new InputException("ONNX Runtime could not open the text encoder " + file + " (" + e.getMessage()
                    + "). Check that it is an ONNX model.", e);
        }
    }

    @Override
    public float[][] encode(PromptTokenizer.Tokens[] tokens) {
        int length = tokens[0].ids().length;
        long[] shape = {tokens.length, length};
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(idsInput, tensor(env, tokens, length, shape, false));
            if (maskInput != null) {
                inputs.put(maskInput, tensor(env, tokens, length, shape, true));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor output = (OnnxTensor) result.get(0);
                long[] outShape = output.getInfo().getShape();
                float[] values = new float[output.getFloatBuffer().remaining()];
                output.getFloatBuffer().get(values);
                return EmbeddingRows.of(values, outShape, tokens.length, file.toString(), "encode_text");
            }
        } catch (OrtException e) {
            throw new InputException("ONNX Runtime could not run the text encoder " + file + " on " + tokens.length
                    + " prompts of " + length + " tokens (" + e.getMessage() + "). Check the context length.", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(OrtEnvironment env, PromptTokenizer.Tokens[] tokens, int length, long[] shape,
                              boolean mask) throws OrtException {
        if (int32) {
            int[] values = new int[tokens.length * length];
            for (int i = 0; i < tokens.length; i++) {
                long[] row = mask ? tokens[i].attentionMask() : tokens[i].ids();
                for (int j = 0; j < length; j++) {
                    values[i * length + j] = Math.toIntExact(row[j]);
                }
            }
            return OnnxTensor.createTensor(env, IntBuffer.wrap(values), shape);
        }
        long[] values = new long[tokens.length * length];
        for (int i = 0; i < tokens.length; i++) {
            System.arraycopy(mask ? tokens[i].attentionMask() : tokens[i].ids(), 0, values, i * length, length);
        }
        return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void close() {
        try {
            session.close();
            options.close();
        } catch (OrtException e) {
            // closing frees native memory; nothing to report to the user
        }
    }
}

package dev.fairness.zeroshot;

import dev.fairness.InputException;
import dev.fairness.testing.OnnxModelWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The raw {@code logit_scale} of an ONNX tower: an initializer (float_data or raw_data), or a metadata property. */
class OnnxLogitScaleTest {
    private static final Path TOWERS = Path.of("").toAbsolutePath().getParent().resolve("src/it/_data/zero-shot");

    @Test
    void aMetadataPropertyIsReadAsWritten() {
        assertEquals(OptionalDouble.of(Math.log(10)), OnnxLogitScale.read(TOWERS.resolve("image_encoder.onnx")));
    }

    @Test
    void aTowerWithoutOneHasNone() {
        assertEquals(OptionalDouble.empty(), OnnxLogitScale.read(TOWERS.resolve("text_encoder.onnx")));
    }

    @Test
    void aScalarInitializerInFloatDataIsRead(@TempDir Path dir) {
        OnnxModelWriter.Graph graph = new OnnxModelWriter.Graph("tower")
                .input("image", OnnxModelWriter.FLOAT, -1, 1, 4, 4)
                .initializer("weights", new long[] {2, 1}, new float[] {1, 2})
                .initializer("logit_scale", new long[] {}, new float[] {4.6052f})
                .node("GlobalAveragePool", new String[] {"image"}, new String[] {"pooled"})
                .output("pooled", OnnxModelWriter.FLOAT, -1, 1, 1, 1);
        Path file = OnnxModelWriter.write(dir.resolve("tower.onnx"), graph.toModel());

        assertEquals(4.6052f, OnnxLogitScale.read(file).getAsDouble());
    }

    @Test
    void aScalarInitializerInRawDataIsReadAsTorchExportsIt(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("raw.onnx"), model(tensor("logit_scale", 2.6593f)));

        assertEquals(2.6593f, OnnxLogitScale.read(file).getAsDouble());
    }

    @Test
    void anInitializerThatIsNotOneFloatIsAnError(@TempDir Path dir) throws IOException {
        Path file = OnnxModelWriter.write(dir.resolve("wide.onnx"), new OnnxModelWriter.Graph("tower")
                .initializer("logit_scale", new long[] {2}, new float[] {1, 2}).toModel());

        InputException e = assertThrows(InputException.class, () -> OnnxLogitScale.read(file));
        assertEquals(file + " has an initializer logit_scale that is not one finite float. Set "
                + "<zeroShot><logitScale> to the model's scale, e.g. 100 for CLIP.", e.getMessage());
    }

    @Test
    void aFileThatIsNotOnnxHasNone(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("text.onnx"), "not a protobuf \u00ff\u00ff\u00ff");

        assertEquals(OptionalDouble.empty(), OnnxLogitScale.read(file));
    }

    /** {@code ModelProto} with graph (7) holding one initializer (5). */
    private static byte[] model(byte[] tensor) {
        return field(7, field(5, tensor));
    }

    /** {@code TensorProto}: data_type 2 = FLOAT, name 8, raw_data 9 (little-endian). */
    private static byte[] tensor(String name, float value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(2 << 3);
        out.write(1);
        out.writeBytes(field(8, name.getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(field(9, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array()));
        return out.toByteArray();
    }

    /** A length-delimited field (lengths below 128 here). */
    private static byte[] field(int number, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(number << 3 | 2);
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }
}

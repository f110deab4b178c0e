package dev.fairness.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.testing.OnnxModelWriter;
import dev.fairness.testing.OnnxModelWriter.Activation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;

    @Test
    void readsIrVersionOpsetAndProducerAndHashesTheWholeFile() throws Exception {
        byte[] bytes = OnnxModelWriter.meanPoolClassifier(1, 4, 4, new float[][] {{1}}, new float[] {0},
                Activation.SIGMOID, -1);

        ModelFile file = ModelFile.read(OnnxModelWriter.write(dir.resolve("m.onnx"), bytes));

        assertEquals(new ModelFile(sha256(bytes), 8, 13, "fairness-test 1.0"), file);
    }

    @Test
    void hashesAFileThatIsNotAModelAndLeavesTheHeaderUnknown() throws Exception {
        byte[] bytes = "not a model at all".getBytes(StandardCharsets.US_ASCII);

        ModelFile file = ModelFile.read(OnnxModelWriter.write(dir.resolve("x.onnx"), bytes));

        assertEquals(sha256(bytes), file.sha256());
        assertEquals(-1, file.opset());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

package dev.fairness.inference;

import static dev.fairness.testing.PluginDescriptor.runtimeDependencies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A user with ONNX models only must not download PyTorch's 112 MB natives. DJL is not a runtime dependency of the
 * plugin (Maven resolves none of it for a goal); a goal that scores images resolves the libraries that
 * {@code inference-libraries.properties} lists ({@code InferenceLibraries}, whose test shows what they bring): DJL's
 * engine and JNI bridge but no {@code ai.djl.pytorch:pytorch-native-*}; TorchScript users add it themselves (model.md).
 */
class OnnxOnlyDependenciesTest {
    private static final String LIBRARIES = "/dev/fairness/maven/inference-libraries.properties";

    @Test
    void thePluginResolvesDjlsEngineForImageGoalsOnlyAndNoPyTorchNatives() throws Exception {
        Properties libraries = new Properties();
        try (InputStream in = OnnxOnlyDependenciesTest.class.getResourceAsStream(LIBRARIES)) {
            assertNotNull(in, LIBRARIES + " lists what image goals resolve");
            libraries.load(in);
        }
        List<String> pytorch = Arrays.stream(libraries.getProperty("artifacts").split(",")).map(String::trim)
                .filter(d -> d.startsWith("ai.djl.pytorch:")).map(d -> d.split(":")[1]).sorted().toList();

        assertEquals(List.of("pytorch-engine", "pytorch-jni"), pytorch);
        assertEquals(List.of(), runtimeDependencies().stream().filter(d -> d.startsWith("ai.djl")).toList(),
                "the plugin's runtime dependencies (resolved for every goal) hold no DJL");
    }
}

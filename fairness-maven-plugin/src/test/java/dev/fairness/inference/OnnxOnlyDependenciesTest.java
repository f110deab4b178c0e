package dev.fairness.inference;

import static dev.fairness.testing.PluginDescriptor.runtimeDependencies;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user with ONNX models only must not download PyTorch's 112 MB natives: the plugin's runtime dependencies, as the
 * generated descriptor lists them (what Maven resolves for the plugin's realm), carry DJL's engine and JNI bridge
 * but no {@code ai.djl.pytorch:pytorch-native-*}; TorchScript users add it themselves (model.md).
 */
class OnnxOnlyDependenciesTest {
    @Test
    void thePluginsRuntimeDependenciesHaveDjlsEngineButNoPyTorchNatives() throws Exception {
        List<String> pytorch = runtimeDependencies().stream().filter(d -> d.startsWith("ai.djl.pytorch:"))
                .map(d -> d.substring("ai.djl.pytorch:".length())).toList();
        assertEquals(List.of("pytorch-engine", "pytorch-jni"), pytorch.stream().sorted().toList());
    }
}

package dev.fairness.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A user with ONNX models only must not download PyTorch's 112 MB natives: the plugin's runtime dependencies, as the
 * generated descriptor lists them (what Maven resolves for the plugin's realm), carry DJL's engine and JNI bridge
 * but no {@code ai.djl.pytorch:pytorch-native-*}; TorchScript users add it themselves (model.md).
 */
class OnnxOnlyDependenciesTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void thePluginsRuntimeDependenciesHaveDjlsEngineButNoPyTorchNatives() throws Exception {
        assertTrue(Files.isRegularFile(DESCRIPTOR), "the plugin descriptor is generated before the tests");
        NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile())
                .getElementsByTagName("dependency");
        List<String> pytorch = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            String group = d.getElementsByTagName("groupId").item(0).getTextContent().trim();
            if (group.equals("ai.djl.pytorch")) {
                pytorch.add(d.getElementsByTagName("artifactId").item(0).getTextContent().trim());
            }
        }
        assertEquals(List.of("pytorch-engine", "pytorch-jni"), pytorch.stream().sorted().toList());
    }
}

package dev.fairness.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated plugin descriptor's runtime dependencies: what Maven resolves for every goal's class realm. */
public final class PluginDescriptor {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    private PluginDescriptor() {
    }

    /** {@code groupId:artifactId} of each dependency in the generated plugin descriptor, sorted. */
    public static List<String> runtimeDependencies() throws Exception {
        assertTrue(Files.isRegularFile(DESCRIPTOR), "the plugin descriptor is generated before the tests");
        NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile())
                .getElementsByTagName("dependency");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            names.add(d.getElementsByTagName("groupId").item(0).getTextContent().trim() + ":"
                    + d.getElementsByTagName("artifactId").item(0).getTextContent().trim());
        }
        return names.stream().sorted().toList();
    }
}

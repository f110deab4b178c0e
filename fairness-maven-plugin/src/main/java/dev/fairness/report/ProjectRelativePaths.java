package dev.fairness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the paths in a fairness.json that lie inside the project relative to it ({@code src/test/fairness/model.onnx},
 * with {@code /}): a baseline's fairness.json is committed or handed between CI jobs, and a path of the machine that
 * wrote it would mean nothing on the next one (and would leak that machine's folders into the repository).
 */
public final class ProjectRelativePaths implements Consumer<ObjectNode> {
    private final Path project;

    public ProjectRelativePaths(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    @Override
    public void accept(ObjectNode json) {
        rewrite(json);
    }

    private void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            for (Map.Entry<String, JsonNode> field : fields) {
                if (field.getValue().isTextual()) {
                    object.set(field.getKey(), relative(field.getValue().textValue()));
                } else {
                    rewrite(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, relative(array.get(i).textValue()));
                } else {
                    rewrite(array.get(i));
                }
            }
        }
    }

    private TextNode relative(String text) {
        Path path;
        try {
            path = Path.of(text);
        } catch (RuntimeException notAPath) {
            return TextNode.valueOf(text);
        }
        if (!path.isAbsolute() || !path.normalize().startsWith(project)) {
            return TextNode.valueOf(text);
        }
        return TextNode.valueOf(project.relativize(path.normalize()).toString().replace('\\', '/'));
    }
}

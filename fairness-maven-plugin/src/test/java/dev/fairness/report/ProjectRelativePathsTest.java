package dev.fairness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectRelativePathsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void pathsInsideTheProjectBecomeRelativeWithForwardSlashes(@TempDir Path project) {
        ObjectNode json = MAPPER.createObjectNode();
        json.putObject("model").put("file", project.resolve("src/test/fairness/model.onnx").toString());
        json.putObject("data").put("source", project.resolve("src/../src/test/fairness/manifest.csv").toString());
        json.putArray("inputs").add(project.resolve("a.csv").toString());

        new ProjectRelativePaths(project).accept(json);

        assertEquals("{\"model\":{\"file\":\"src/test/fairness/model.onnx\"},"
                + "\"data\":{\"source\":\"src/test/fairness/manifest.csv\"},\"inputs\":[\"a.csv\"]}", json.toString());
    }

    @Test
    void pathsOutsideTheProjectAndOtherTextsStayAsTheyAre(@TempDir Path root) {
        Path project = root.resolve("project");
        String beside = root.resolve("project-data/manifest.csv").toString();
        ObjectNode json = MAPPER.createObjectNode();
        json.put("source", beside);
        json.put("label", "Effusion");
        json.put("relative", "images/00000.png");
        json.put("createdAt", "2026-12-06T11:23:44Z");
        json.put("count", 3);
        String before = json.toString();

        new ProjectRelativePaths(project).accept(json);

        assertEquals(before, json.toString());
    }
}

package dev.fairness.report.ci;

import dev.fairness.report.ResultFiles;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI recipes of the documentation (ci.md) as a CI system would read them: each YAML block parses, names the
 * steps and reports the page promises, and every file under {@code target/fairness/} it names is one the plugin
 * writes (a renamed output would otherwise leave the recipes uploading nothing).
 */
class CiRecipesTest {
    private static final Path CI_PAGE = Path.of("src/site/markdown/ci.md");
    private static final Pattern BLOCK = Pattern.compile("```(yaml|groovy)\n(.*?)```", Pattern.DOTALL);
    private static final Pattern OUTPUT_PATH = Pattern.compile("target/fairness/([A-Za-z0-9_.*-]+)");

    private static List<String> blocks(String language) throws Exception {
        Matcher m = BLOCK.matcher(Files.readString(CI_PAGE));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object node) {
        return (Map<Object, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return (List<Object>) node;
    }

    @Test
    void theGitHubWorkflowGatesPullRequestsOnTheDefaultBranchsBaselineAndUploadsTheReportsAlways() throws Exception {
        Map<Object, Object> workflow = map(new Yaml().load(blocks("yaml").get(0)));

        // YAML 1.1 reads the key "on" as true; GitHub reads it as "on"
        Map<Object, Object> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
        assertTrue(on.containsKey("pull_request") && on.containsKey("push"), on.toString());
        List<Object> steps = list(map(map(workflow.get("jobs")).get("gate")).get("steps"));
        List<String> runs = new ArrayList<>();
        List<Map<Object, Object>> uploads = new ArrayList<>();
        for (Object s : steps) {
            Map<Object, Object> step = map(s);
            if (step.containsKey("run")) {
                runs.add((String) step.get("run"));
            }
            if ("actions/upload-artifact@v4".equals(step.get("uses"))) {
                uploads.add(step);
            }
        }
        assertTrue(runs.stream().anyMatch(r -> r.contains("gh run download") && r.contains("--name fairness-baseline")), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.startsWith("mvn -B verify")), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.startsWith("mvn -B fairness:baseline")), runs.toString());
        assertEquals(List.of("github.event_name == 'push'", "always()"),
                uploads.stream().map(u -> (String) u.get("if")).toList());
        assertEquals("fairness-report", map(uploads.get(1).get("with")).get("name"));
    }

    @Test
    void theGitLabJobHandsTheJUnitXmlAndTheMetricsToGitLabsReports() throws Exception {
        Map<Object, Object> job = map(map(new Yaml().load(blocks("yaml").get(1))).get("fairness"));

        Map<Object, Object> artifacts = map(job.get("artifacts"));
        assertEquals("always", artifacts.get("when"));
        assertEquals(Map.of("junit", "target/fairness/" + JUnitReport.NAME, "metrics", "target/fairness/" + OpenMetricsText.NAME),
                artifacts.get("reports"));
        assertEquals(List.of("mvn -B verify"), job.get("script"));
    }

    @Test
    void theJenkinsPipelineReadsTheJUnitXmlAndPublishesTheReport() throws Exception {
        String pipeline = blocks("groovy").get(0);

        Matcher junit = Pattern.compile("junit '([^']+)'").matcher(pipeline);
        assertTrue(junit.find(), pipeline);
        assertTrue(FileSystems.getDefault().getPathMatcher("glob:" + junit.group(1))
                .matches(Path.of("target/fairness/" + JUnitReport.NAME)), junit.group(1));
        assertTrue(pipeline.contains("reportDir: 'target/fairness', reportFiles: 'report.html'"), pipeline);
        assertTrue(pipeline.contains("post {\n    always {"), "reports also of a failing build");
    }

    @Test
    void everyOutputTheRecipesNameIsAFileThePluginWrites() throws Exception {
        List<String> named = new ArrayList<>();
        for (String language : List.of("yaml", "groovy")) {
            for (String block : blocks(language)) {
                Matcher m = OUTPUT_PATH.matcher(block);
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertTrue(named.size() >= 10, named.toString());
        for (String name : named) {
            var glob = FileSystems.getDefault().getPathMatcher("glob:" + name);
            assertTrue(ResultFiles.ALL.stream().anyMatch(file -> glob.matches(Path.of(file))),
                    name + " is not one of " + ResultFiles.ALL);
        }
    }
}

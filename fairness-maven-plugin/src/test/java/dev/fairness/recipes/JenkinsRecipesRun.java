package dev.fairness.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Jenkinsfiles of ci.md and sharding.md interpreted by JenkinsPipelineUnit
 * ({@code src/test/ci-recipes/jenkins-pipeline-runner.groovy}) with their {@code sh} steps really run. It runs in
 * a JVM of its own: JenkinsPipelineUnit 1.1, the version on Maven Central, needs Groovy 2.4, this module's tests
 * Groovy 4.
 */
class JenkinsRecipesRun {
    private static final String GROOVY = "org.codehaus.groovy:groovy-all:2.4.21";
    private static String classpath;

    @BeforeAll
    static void jenkinsPipelineUnit() throws IOException {
        RecipeWorkspace.requireProfile();
        Path project = RecipeWorkspace.ROOT.resolve("jenkins-pipeline-unit");
        RecipeWorkspace.write(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>jenkins-pipeline-unit-classpath</artifactId>
                  <version>1</version>
                  <dependencies>
                    <dependency>
                      <groupId>com.lesfurets</groupId>
                      <artifactId>jenkins-pipeline-unit</artifactId>
                      <version>1.1</version>
                    </dependency>
                    <dependency>
                      <!-- 2.4.6, which 1.1 names, does not run on Java 17; 2.4.21 does -->
                      <groupId>org.codehaus.groovy</groupId>
                      <artifactId>groovy-all</artifactId>
                      <version>2.4.21</version>
                    </dependency>
                  </dependencies>
                </project>
                """);
        RecipeWorkspace.Run resolve = RecipeWorkspace.run(List.of("mvn", "-B", "-q", "dependency:build-classpath",
                "-Dmdep.outputFile=classpath.txt"), project, Map.of(), 600);
        Assumptions.assumeTrue(resolve.exit() == 0, "com.lesfurets:jenkins-pipeline-unit:1.1 with " + GROOVY
                + " could not be resolved (no network?). Skipped. Maven said:\n" + resolve.output());
        classpath = Files.readString(project.resolve("classpath.txt")).strip();
    }

    /** The build's steps, as the interpreter recorded them, and its result. */
    private static JsonNode build(Path repo, String name) {
        Path work = RecipeWorkspace.ROOT.resolve(name);
        RecipeWorkspace.deleteTree(work);
        RecipeWorkspace.Run run = RecipeWorkspace.run(List.of("java", "-cp", classpath, "groovy.ui.GroovyMain",
                Path.of("src/test/ci-recipes/jenkins-pipeline-runner.groovy").toAbsolutePath().toString(),
                repo.resolve("Jenkinsfile").toString(), repo.toString(), work.toString()), repo, Map.of(), 1800);
        assertTrue(Files.isRegularFile(work.resolve("report.json")), run.output());
        return FairnessJsonFiles.read(work.resolve("report.json"));
    }

    /** {@code step argument} per recorded step, in order. */
    private static List<String> trace(JsonNode build) {
        List<String> trace = new ArrayList<>();
        for (JsonNode step : build.get("steps")) {
            String kind = step.get("step").asText();
            String detail = switch (kind) {
                case "sh" -> step.get("script").asText() + " -> " + step.get("exit").asInt();
                case "stage", "branch" -> step.get("name").asText();
                case "agent" -> step.get("kind").asText();
                case "junit" -> step.get("pattern").asText() + " " + step.get("files");
                case "publishHTML" -> step.get("reportDir").asText() + "/" + step.get("reportFiles").asText()
                        + (step.get("exists").asBoolean() ? "" : " (missing)");
                case "stash" -> step.get("name").asText() + " " + step.get("files");
                case "unstash" -> step.get("name").asText() + " into " + step.get("folder").asText();
                case "archiveArtifacts" -> step.get("artifacts").asText();
                case "post" -> step.get("condition").asText();
                case "failure" -> step.get("message").asText();
                default -> "";
            };
            trace.add((kind + " " + detail).strip());
        }
        return trace;
    }

    @Test
    void theGatePipelineRunsMavenThenReadsTheJUnitXmlAndPublishesTheReport() {
        Path repo = RecipeProjects.gate("jenkins-gate-passes", "baseline.csv", "0.10");

        JsonNode build = build(repo, "jenkins-gate-passes-build");

        assertEquals("SUCCESS", build.get("result").asText());
        assertEquals(List.of("agent any", "stage Fairness", "sh mvn -B verify -> 0", "post always",
                "junit target/fairness/*.xml [\"target/fairness/TEST-fairness.xml\"]",
                "publishHTML target/fairness/report.html", "archiveArtifacts target/fairness/*.json, target/fairness/*.md"),
                trace(build));
        assertEquals("[\"target/fairness/fairness.json\",\"target/fairness/summary.md\"]",
                build.get("steps").get(6).get("files").toString());
    }

    @Test
    void aFailingGateStillHandsJenkinsTheJUnitXmlAndTheReport() {
        Path repo = RecipeProjects.gate("jenkins-gate-fails", "regression.csv", "0.05");

        JsonNode build = build(repo, "jenkins-gate-fails-build");

        assertEquals("FAILURE", build.get("result").asText());
        assertEquals(List.of("agent any", "stage Fairness", "sh mvn -B verify -> 1",
                "failure script returned exit code 1", "post always",
                "junit target/fairness/*.xml [\"target/fairness/TEST-fairness.xml\"]",
                "publishHTML target/fairness/report.html", "archiveArtifacts target/fairness/*.json, target/fairness/*.md"),
                trace(build));
    }

    @Test
    void threeParallelShardsAreStashedUnstashedAndMergedIntoTheUnshardedResult() {
        Path repo = RecipeProjects.shards("jenkins-shards");

        JsonNode build = build(repo, "jenkins-shards-build");

        assertEquals("SUCCESS", build.get("result").asText(), build.toString());
        List<String> expected = new ArrayList<>(List.of("agent none", "stage Score",
                "parallel"));
        for (int i = 1; i <= 3; i++) {
            expected.addAll(List.of("branch shard " + i + "/3", "node", "checkout",
                    "sh mvn -B verify -Dfairness.shard=" + i + "/3 -> 0", "stash shard-" + i + " [\"target/fairness/shard-"
                            + i + "-of-3.csv\",\"target/fairness/shard-" + i + "-of-3.json\"]"));
        }
        expected.addAll(List.of("stage Merge and gate", "agent any", "unstash shard-1 into workspace-4/shards/1",
                "unstash shard-2 into workspace-4/shards/2", "unstash shard-3 into workspace-4/shards/3",
                "sh mvn -B fairness:merge -Dfairness.shards=shards -> 0", "post always",
                "archiveArtifacts target/fairness/**"));
        assertEquals(expected, trace(build));
        Path merge = RecipeWorkspace.ROOT.resolve("jenkins-shards-build/workspace-4");
        assertEquals(FairnessJsonFiles.unsharded(),
                FairnessJsonFiles.comparable(merge.resolve("target/fairness/fairness.json"), merge));
    }
}

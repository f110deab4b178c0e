package dev.fairness.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.GroovyShell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI recipes on the site's sharding page parse, and say what the page says: n jobs that each score shard i/n
 * and keep their shard files, and one job after them that merges. Run on the CI services themselves they are not.
 */
class ShardingRecipesTest {
    private static final Path PAGE = Path.of("src/site/markdown/sharding.md");

    /** The fenced code blocks of one language, in page order. */
    private static List<String> blocks(String language) throws IOException {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(PAGE));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return (List<Object>) node;
    }

    @Test
    void theGitHubMatrixScoresThreeShardsUploadsThemAndMergesAfterThem() throws IOException {
        Map<String, Object> workflow = map(new Yaml().load(blocks("yaml").get(0)));
        Map<String, Object> jobs = map(workflow.get("jobs"));
        Map<String, Object> score = map(jobs.get("score"));

        assertEquals(List.of(1, 2, 3), map(map(score.get("strategy")).get("matrix")).get("shard"));
        List<Object> steps = list(score.get("steps"));
        assertTrue(steps.stream().anyMatch(s -> "mvn -B verify -Dfairness.shard=${{ matrix.shard }}/3"
                .equals(map(s).get("run"))), steps.toString());
        Map<String, Object> upload = map(steps.stream().filter(s -> String.valueOf(map(s).get("uses"))
                .startsWith("actions/upload-artifact")).findFirst().orElseThrow());
        assertEquals("target/fairness/shard-*", map(upload.get("with")).get("path"));
        assertEquals("fairness-shard-${{ matrix.shard }}", map(upload.get("with")).get("name"));

        Map<String, Object> merge = map(jobs.get("merge"));
        assertEquals("score", merge.get("needs"));
        List<Object> mergeSteps = list(merge.get("steps"));
        Map<String, Object> download = map(mergeSteps.stream().filter(s -> String.valueOf(map(s).get("uses"))
                .startsWith("actions/download-artifact")).findFirst().orElseThrow());
        assertEquals("fairness-shard-*", map(download.get("with")).get("pattern"));
        assertEquals("shards", map(download.get("with")).get("path"));
        assertTrue(mergeSteps.stream().anyMatch(s -> "mvn -B fairness:merge -Dfairness.shards=shards"
                .equals(map(s).get("run"))), mergeSteps.toString());
    }

    @Test
    void theGitLabJobMapsTheNodeIndexAndTotalToTheShard() throws IOException {
        Map<String, Object> pipeline = map(new Yaml().load(blocks("yaml").get(1)));
        Map<String, Object> score = map(pipeline.get("score"));
        Map<String, Object> gate = map(pipeline.get("gate"));

        assertEquals(List.of("score", "gate"), pipeline.get("stages"));
        assertEquals(3, score.get("parallel"));
        assertEquals(List.of("mvn -B verify -Dfairness.shard=${CI_NODE_INDEX}/${CI_NODE_TOTAL}"), score.get("script"));
        assertEquals(List.of("target/fairness/shard-*"), map(score.get("artifacts")).get("paths"));
        assertEquals(List.of("score"), gate.get("needs"));
        assertEquals("gate", gate.get("stage"));
        assertEquals("mvn -B fairness:merge -Dfairness.shards=shards", list(gate.get("script")).get(1));
    }

    @Test
    void theJenkinsfileCompilesAndScoresEachShardInAParallelBranchBeforeTheMerge() throws IOException {
        String jenkinsfile = blocks("groovy").get(0);

        // syntax only: pipeline, stage, sh ... are Jenkins' steps, resolved when Jenkins runs the script
        new GroovyShell().parse(jenkinsfile);

        assertTrue(jenkinsfile.contains("parallel jobs"));
        assertTrue(jenkinsfile.contains("sh \"mvn -B verify -Dfairness.shard=${shard}/${shards}\""));
        assertTrue(jenkinsfile.contains("stash name: \"shard-${shard}\", includes: 'target/fairness/shard-*'"));
        assertTrue(jenkinsfile.indexOf("stage('Merge and gate')") > jenkinsfile.indexOf("parallel jobs"));
        assertTrue(jenkinsfile.contains("sh 'mvn -B fairness:merge -Dfairness.shards=shards'"));
    }

    @Test
    void thePageHasExactlyTheThreeRecipes() throws IOException {
        assertEquals(2, blocks("yaml").size());
        assertEquals(1, blocks("groovy").size());
    }
}

package dev.fairness.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitLab recipes of ci.md and sharding.md run by gitlab-ci-local, a local interpreter of {@code .gitlab-ci.yml}
 * (stages, {@code parallel:} with {@code CI_NODE_INDEX}/{@code CI_NODE_TOTAL}, {@code needs:}, artifacts handed
 * from job to job), each job in a copy of the repository of its own. The shell executor stands in for the
 * recipes' {@code image:}: the jobs run this machine's Maven and Java, not the maven:3.9 container.
 */
class GitLabRecipesRun {
    private static final Pattern JOB_RESULT = Pattern.compile("^ (PASS|FAIL|WARN) +(\\S.*?)\\s*$", Pattern.MULTILINE);
    private static Path gitlabCiLocal;

    @BeforeAll
    static void tools() {
        gitlabCiLocal = RecipeWorkspace.nodeModules().resolve(".bin/gitlab-ci-local");
        RecipeWorkspace.requireCommand("rsync", "gitlab-ci-local copies each job's checkout with it "
                + "(Debian: apt-get install rsync)");
    }

    private static RecipeWorkspace.Run pipeline(Path repo) {
        return RecipeWorkspace.run(List.of(gitlabCiLocal.toString(), "--force-shell-executor", "--shell-isolation"),
                repo, Map.of("CI", "true"), 1800);
    }

    /** {@code job: PASS|FAIL} from the pipeline's closing summary, in its order. */
    private static List<String> results(RecipeWorkspace.Run run) {
        List<String> results = new ArrayList<>();
        Matcher m = JOB_RESULT.matcher(run.output());
        while (m.find()) {
            results.add(m.group(2) + ": " + m.group(1));
        }
        return results;
    }

    private static Path artifacts(Path repo, String job) {
        return repo.resolve(".gitlab-ci-local/artifacts").resolve(job);
    }

    /**
     * The recipe's {@code artifacts:reports}. gitlab-ci-local collects only {@code dotenv} reports, so the runs
     * check that these files are in the job's folder when it ends, where GitLab's runner uploads them from.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> reports(Path repo) throws IOException {
        Map<String, Object> pipeline = new org.yaml.snakeyaml.Yaml().load(Files.readString(repo.resolve(".gitlab-ci.yml")));
        Map<String, Object> artifacts = (Map<String, Object>) ((Map<String, Object>) pipeline.get("fairness")).get("artifacts");
        return (Map<String, String>) artifacts.get("reports");
    }

    @Test
    void theGateJobPassesAndHandsGitLabItsJUnitXmlAndMetrics() throws IOException {
        Path repo = RecipeProjects.gate("gitlab-gate-passes", "baseline.csv", "0.10");

        RecipeWorkspace.Run run = pipeline(repo);

        assertEquals(List.of("fairness: PASS"), results(run), run.output());
        Path kept = artifacts(repo, "fairness");
        for (String file : List.of("report.html", "fairness.json", "summary.md")) {
            assertTrue(Files.isRegularFile(kept.resolve("target/fairness").resolve(file)), file + " kept");
        }
        Map<String, String> reports = reports(repo);
        assertEquals(Map.of("junit", "target/fairness/TEST-fairness.xml", "metrics", "target/fairness/metrics.txt"),
                reports);
        Path job = repo.resolve(".gitlab-ci-local/builds/fairness");
        assertTrue(Files.readString(job.resolve(reports.get("junit"))).contains("failures=\"0\""));
        assertTrue(Files.readString(job.resolve(reports.get("metrics"))).endsWith("# EOF\n"));
        assertTrue(run.output().contains("All fairness checks have been met."), run.output());
    }

    @Test
    void aViolatedRuleFailsTheJobAndTheReportsAreKeptAlways() throws IOException {
        Path repo = RecipeProjects.gate("gitlab-gate-fails", "regression.csv", "0.05");

        RecipeWorkspace.Run run = pipeline(repo);

        assertEquals(List.of("fairness: FAIL"), results(run), run.output());
        assertTrue(run.output().contains("Rule violated for label 'Effusion', attribute 'sex': TPR difference is "
                + "0.090"), run.output());
        Path job = repo.resolve(".gitlab-ci-local/builds/fairness");
        assertTrue(Files.readString(job.resolve(reports(repo).get("junit"))).contains("failures=\"1\""),
                "the failed job's JUnit report is there for GitLab to read");
        assertTrue(Files.isRegularFile(artifacts(repo, "fairness").resolve("target/fairness/report.html")),
                "the report of a failed job is kept (artifacts: when: always)");
    }

    @Test
    void threeParallelScoreJobsAndTheGateJobGiveTheUnshardedResult() throws IOException {
        Path repo = RecipeProjects.shards("gitlab-shards");

        RecipeWorkspace.Run run = pipeline(repo);

        assertEquals(List.of("score: [1/3]: PASS", "score: [2/3]: PASS", "score: [3/3]: PASS", "gate: PASS"),
                results(run), run.output());
        List<Path> scoreJobs;
        try (Stream<Path> jobs = Files.list(repo.resolve(".gitlab-ci-local/artifacts"))) {
            scoreJobs = jobs.filter(j -> j.getFileName().toString().startsWith("score")).sorted().toList();
        }
        assertEquals(3, scoreJobs.size());
        List<String> written = new ArrayList<>();
        for (Path job : scoreJobs) {
            try (Stream<Path> files = Files.list(job.resolve("target/fairness"))) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.matches("shard-\\d-of-3\\.(csv|json)"))
                        .forEach(written::add);
            }
        }
        assertEquals(List.of("shard-1-of-3.csv", "shard-1-of-3.json", "shard-2-of-3.csv", "shard-2-of-3.json",
                "shard-3-of-3.csv", "shard-3-of-3.json"), written.stream().sorted().toList());
        Path gate = artifacts(repo, "gate").resolve("target/fairness/fairness.json");
        JsonNode merged = FairnessJsonFiles.read(gate);
        assertEquals(3, merged.get("shards").size());
        assertFalse(Files.exists(artifacts(repo, "gate").resolve("target/fairness/shard-1-of-3.json")),
                "the merge's output folder is apart from its input");
        assertEquals(FairnessJsonFiles.unsharded(),
                FairnessJsonFiles.comparable(gate, repo.resolve(".gitlab-ci-local/builds/gate")));
    }
}

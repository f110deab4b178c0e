package dev.fairness.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub Actions recipes of ci.md and sharding.md, validated by GitHub's workflow parser and run by the
 * stand-in runner {@code src/test/ci-recipes/github-actions-runner.mjs} (not GitHub: see its header and ci.md).
 */
class GitHubRecipesRun {
    private static Path runner;

    @BeforeAll
    static void tools() throws IOException {
        Path modules = RecipeWorkspace.nodeModules();
        runner = modules.resolveSibling("github-actions-runner.mjs");
        Files.copy(Path.of("src/test/ci-recipes/github-actions-runner.mjs"), runner, StandardCopyOption.REPLACE_EXISTING);
    }

    /** One workflow run of {@code repo}'s checked-out commit; the store keeps artifacts across runs. */
    private static RecipeWorkspace.Run workflowRun(Path repo, String event, int id, Path store) {
        Path work = store.resolveSibling("run-" + id);
        RecipeWorkspace.deleteTree(work);
        return RecipeWorkspace.run(List.of("node", runner.toString(), repo.resolve(".github/workflows/fairness.yml")
                .toString(), repo.toString(), event, String.valueOf(id), work.toString(), store.toString()), repo,
                Map.of(), 1800);
    }

    private static void checkoutBranchWith(Path repo, String scores) throws IOException {
        RecipeWorkspace.run(List.of("git", "checkout", "-q", "-B", "candidate-" + scores, "main"), repo, Map.of(), 60);
        Files.copy(RecipeWorkspace.IT_DATA.resolve("compare/" + scores), repo.resolve("model/predictions.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        RecipeWorkspace.commit(repo, "candidate model " + scores);
    }

    private static String stepLog(RecipeWorkspace.Run run, Path store, int id, String job, int step) throws IOException {
        return Files.readString(store.resolveSibling("run-" + id).resolve(job).resolve("step-" + step + ".log"));
    }

    @Test
    void theParserRefusesAWorkflowGitHubWouldRefuse() throws IOException {
        Path repo = RecipeProjects.gate("github-invalid", "baseline.csv", "0.10");
        Path workflow = repo.resolve(".github/workflows/fairness.yml");
        Files.writeString(workflow, Files.readString(workflow).replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout: 5"));
        RecipeWorkspace.commit(repo, "an unknown job key");

        RecipeWorkspace.Run run = workflowRun(repo, "push", 1, RecipeWorkspace.ROOT.resolve("github-invalid-store"));

        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().startsWith("INVALID workflow: "), run.output());
    }

    @Test
    void theDefaultBranchKeepsTheBaselineAndPullRequestsGateOnIt() throws IOException {
        Path repo = RecipeProjects.gate("github-baseline", "baseline.csv", "0.10");
        Path store = RecipeWorkspace.ROOT.resolve("github-baseline-runs/store");
        RecipeWorkspace.deleteTree(store.getParent());

        RecipeWorkspace.Run main = workflowRun(repo, "push", 1, store);
        assertTrue(main.output().startsWith("VALID workflow fairness.yml: jobs gate"), main.output());
        assertTrue(main.output().contains("  SKIP gate / Baseline of the default branch\n"), main.output());
        assertTrue(main.output().contains("RUN 1 success"), main.output());
        for (String file : List.of("predictions.csv", "fairness.json")) {
            assertTrue(Files.isRegularFile(store.resolve("1/fairness-baseline").resolve(file)), file);
        }
        assertTrue(Files.isRegularFile(store.resolve("1/fairness-report/report.html")));

        checkoutBranchWith(repo, "improvement.csv");
        RecipeWorkspace.Run improved = workflowRun(repo, "pull_request", 2, store);
        assertTrue(improved.output().contains("SUCCESS gate / Baseline of the default branch"), improved.output());
        assertTrue(improved.output().contains("$ mvn -B verify -Pfairness-baseline -> exit 0"), improved.output());
        assertTrue(improved.output().contains("  SKIP gate / Baseline for later pull requests\n"), improved.output());
        assertTrue(improved.output().contains("RUN 2 success"), improved.output());
        String gate2 = stepLog(improved, store, 2, "gate", 3);
        assertTrue(gate2.contains("Comparison of Effusion (paired bootstrap"), "compared with the baseline: " + gate2);

        checkoutBranchWith(repo, "regression.csv");
        RecipeWorkspace.Run regressed = workflowRun(repo, "pull_request", 3, store);
        assertTrue(regressed.output().contains("FAILURE gate / Fairness gate: $ mvn -B verify -Pfairness-baseline -> exit 1"),
                regressed.output());
        assertTrue(regressed.output().contains("RUN 3 failure"), regressed.output());
        String gate3 = stepLog(regressed, store, 3, "gate", 3);
        assertTrue(gate3.contains("[WARNING] Regression for label 'Effusion', attribute 'sex': TPR difference grew "
                + "from 0.040 to 0.090 (+0.050, 95% CI +0.011 to +0.102), but the allowed increase is 0.020"), gate3);
        assertTrue(Files.isRegularFile(store.resolve("3/fairness-report/TEST-fairness.xml")),
                "the reports of a failed gate are uploaded (if: always())");
        JsonNode report = FairnessJsonFiles.read(store.resolveSibling("run-3/report.json"));
        assertTrue(report.get("jobs").get(0).get("summary").asText().contains("| 1 | ✓ met | TPR difference | "
                + "Effusion | sex | 0.090 (0.000–0.196) | ≤ 0.100 |"), "the plugin appended its summary to "
                + "GITHUB_STEP_SUMMARY");
    }

    @Test
    void threeMatrixJobsScoreAndTheMergeJobGivesTheUnshardedResult() throws IOException {
        Path repo = RecipeProjects.shards("github-shards");
        Path store = RecipeWorkspace.ROOT.resolve("github-shards-runs/store");
        RecipeWorkspace.deleteTree(store.getParent());

        RecipeWorkspace.Run run = workflowRun(repo, "push", 1, store);

        assertTrue(run.output().contains("RUN 1 success"), run.output());
        List<String> jobs = new ArrayList<>();
        for (String line : run.output().split("\n")) {
            if (line.startsWith("JOB ")) {
                jobs.add(line);
            }
        }
        assertEquals(List.of("JOB score (1) success", "JOB score (2) success", "JOB score (3) success",
                "JOB merge success"), jobs);
        for (int i = 1; i <= 3; i++) {
            Path artifact = store.resolve("1/fairness-shard-" + i);
            assertTrue(Files.isRegularFile(artifact.resolve("shard-" + i + "-of-3.json")), artifact.toString());
            assertTrue(Files.isRegularFile(artifact.resolve("shard-" + i + "-of-3.csv")), artifact.toString());
        }
        Path merged = store.resolve("1/fairness-report/fairness.json");
        assertEquals(3, FairnessJsonFiles.read(merged).get("shards").size());
        Path mergeWorkspace = store.resolveSibling("run-1/merge/workspace");
        assertEquals(FairnessJsonFiles.unsharded(), FairnessJsonFiles.comparable(merged, mergeWorkspace));
    }
}

package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;
import dev.fairness.shard.Shard;

import java.io.File;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code <shard>} ({@code -Dfairness.shard=i/n}): which part of the test set a job scores. */
class ShardReaderTest {

    private static Configuration withModel(String shard) {
        Configuration c = new Configuration();
        c.model = new File("model.onnx");
        c.manifest = new File("manifest.csv");
        c.shard = shard;
        return c;
    }

    private static String messageFor(String shard) {
        return messageFor(shard, c -> { });
    }

    private static String messageFor(String shard, Consumer<Configuration> change) {
        Configuration c = withModel(shard);
        change.accept(c);
        return assertThrows(InputException.class, () -> ShardReader.read(c)).getMessage();
    }

    @Test
    void iOfNIsShardIOfN() {
        assertEquals(new Shard(2, 3), ShardReader.read(withModel("2/3")));
        assertEquals(new Shard(1, 1), ShardReader.read(withModel(" 1 / 1 ")));
    }

    @Test
    void anUnsetOrBlankShardMeansTheWholeTestSet() {
        assertFalse(ShardReader.isSet(withModel(null)));
        assertFalse(ShardReader.isSet(withModel(" ")));
        assertTrue(ShardReader.isSet(withModel("1/2")));
    }

    @Test
    void shardZeroIsRejectedBecauseShardsAreNumberedFromOne() {
        assertEquals("<shard> 0/3 names no shard: i must be between 1 and 3 (shards are numbered from 1); found 0.",
                messageFor("0/3"));
    }

    @Test
    void aShardAboveTheCountIsRejected() {
        assertEquals("<shard> 4/3 names no shard: i must be between 1 and 3 (shards are numbered from 1); found 4.",
                messageFor("4/3"));
    }

    @Test
    void zeroShardsAreRejected() {
        assertEquals("<shard> 1/0 names no shard: n, the number of shards, must be 1 or more; found 0.",
                messageFor("1/0"));
    }

    @Test
    void lettersAreRejectedWithTheExpectedForm() {
        assertEquals("<shard> must be i/n, shard i of n shards, two whole numbers with 1 <= i <= n, e.g. 2/3 (GitLab: "
                + "${CI_NODE_INDEX}/${CI_NODE_TOTAL}); found 'a/b'.", messageFor("a/b"));
    }

    @Test
    void anUnexpandedCiVariableIsShownAsFound() {
        assertEquals("<shard> must be i/n, shard i of n shards, two whole numbers with 1 <= i <= n, e.g. 2/3 (GitLab: "
                + "${CI_NODE_INDEX}/${CI_NODE_TOTAL}); found '${CI_NODE_INDEX}/3'.", messageFor("${CI_NODE_INDEX}/3"));
    }

    @Test
    void aNegativeOrFractionalShardIsRejectedWithTheExpectedForm() {
        assertEquals("<shard> must be i/n, shard i of n shards, two whole numbers with 1 <= i <= n, e.g. 2/3 (GitLab: "
                + "${CI_NODE_INDEX}/${CI_NODE_TOTAL}); found '-1/3'.", messageFor("-1/3"));
        assertEquals("<shard> must be i/n, shard i of n shards, two whole numbers with 1 <= i <= n, e.g. 2/3 (GitLab: "
                + "${CI_NODE_INDEX}/${CI_NODE_TOTAL}); found '1.5/3'.", messageFor("1.5/3"));
    }

    @Test
    void aShardWithPredictionsIsRejectedBecauseThereIsNothingToScore() {
        assertEquals("<shard> 2/3 is set together with <predictions>: shards split the scoring of <model> on "
                + "<manifest> over several jobs, and <predictions> needs no scoring. Remove <shard> to judge the "
                + "predictions, or set <model> and <manifest> instead of <predictions> to score in shards.",
                messageFor("2/3", c -> {
                    c.model = null;
                    c.manifest = null;
                    c.predictions = new File("predictions.csv");
                }));
    }

    @Test
    void aShardWithoutAManifestIsRejected() {
        assertEquals("<shard> 2/3 needs <model> and <manifest>: a shard scores part of the manifest's images with "
                + "the model. Set both.", messageFor("2/3", c -> c.manifest = null));
    }

    @Test
    void theMergeRejectsAShardOfItsOwn() {
        MergeMojo goal = new MergeMojo();
        goal.shard = "1/3";
        goal.model = new File("model.onnx");
        goal.manifest = new File("manifest.csv");
        goal.labels = java.util.List.of("Effusion");

        var e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, goal::execute);

        assertEquals("<shard> 1/3 is set for fairness:merge, which merges all shards. Remove -Dfairness.shard from "
                + "the merge job; it belongs to the jobs that score.", e.getMessage());
    }

    @Test
    void theReportRejectsAShardBecauseItRendersAWholeEvaluation() {
        ReportMojo goal = new ReportMojo();
        goal.shard = "2/3";
        goal.locale = "en";

        var e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, goal::execute);

        assertEquals("<shard> 2/3 is set, but fairness:report renders a whole evaluation. Score the shards with "
                + "fairness:check (mvn verify -Dfairness.shard=i/n) and judge them with fairness:merge, which writes "
                + "the report.", e.getMessage());
    }
}

package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.ShardedEvaluation;
import dev.fairness.shard.ScoredShard;
import dev.fairness.shard.Shard;
import dev.fairness.shard.ShardFiles;
import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Path;

/**
 * {@code fairness:check} with {@code <shard>} set: scores that shard's rows, writes them with their descriptor and
 * stops. The whole configuration is still checked first, so a bad rule fails every shard job at once instead of
 * the merge hours later.
 */
final class ShardJob {
    private ShardJob() {
    }

    static void score(AbstractFairnessMojo goal) throws MojoExecutionException {
        try {
            // before anything can fail: no earlier run's fairness.json may pass for this job's result
            Evaluations.clearPreviousResults(goal);
            goal.checkParameterNames();
            Shard shard = ShardReader.read(goal.configuration());
            EvaluationSpec spec = goal.spec();
            ScoredShard scored = new ShardedEvaluation(goal.evaluator()).score(spec, shard);
            Path descriptor = ShardFiles.write(spec.outputDirectory(), scored, goal.pluginVersion);
            goal.getLog().info("Shard " + shard + " written: " + descriptor + " with its scores "
                    + shard.fileStem() + ".csv (" + scored.scores().size() + " rows).");
            goal.getLog().info("No metrics and no rules in a shard job. When all " + shard.count() + " shards are "
                    + "scored, judge them as one run: mvn fairness:merge -Dfairness.shards=<the folder(s) holding "
                    + "their outputs>.");
        } catch (InputException e) {
            throw goal.userError(e);
        }
    }
}

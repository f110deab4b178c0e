package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.ShardedEvaluation;
import dev.fairness.shard.FoundShard;
import dev.fairness.shard.ShardFolders;
import dev.fairness.shard.ShardListJson;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Judges a test set scored in shards ({@code -Dfairness.shard=i/n} in n jobs) as one run: checks that the shards
 * come from this build's model, manifest and configuration and together score every row exactly once, then computes
 * the metrics, intervals and rules and writes the results and report exactly as {@code check} does on the whole
 * test set, failing the build on a violated rule. It needs the pom's model (hashed, not loaded) and manifest, but not
 * the manifest's images: the shard jobs read them (unless {@code <dicomAttributes>} takes an attribute from their
 * headers, or a {@code <validationManifest>} is scored here).
 */
@Mojo(name = "merge", threadSafe = true)
public class MergeMojo extends CheckMojo {

    /**
     * The folders holding the shards' outputs ({@code shard-<i>-of-<n>.json} with its {@code .csv}); each is searched
     * with its subfolders, so a folder with one subfolder per downloaded CI artifact works. On the command line,
     * comma-separated: {@code -Dfairness.shards=shards}.
     */
    @Parameter(property = "fairness.shards")
    List<File> shards;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!skip && ShardReader.isSet(configuration())) {
            throw userError(new InputException("<shard> " + configuration().shard.strip() + " is set for "
                    + "fairness:merge, which merges all shards. Remove -Dfairness.shard from the merge job; it "
                    + "belongs to the jobs that score."));
        }
        super.execute();
    }

    @Override
    Evaluations.Published evaluate() {
        List<Path> folders = MergeReader.folders(shards, configuration());
        EvaluationSpec spec = spec();
        List<FoundShard> found = ShardFolders.find(folders);
        Evaluator evaluator = evaluator();
        EvaluationResult result = new ShardedEvaluation(evaluator).merge(spec, found, folders);
        return Evaluations.publish(evaluator.log(), result, spec, project, json -> ShardListJson.add(json, found),
                this::writeReport);
    }
}

package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.Sha256;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.ManifestRow;
import dev.fairness.inference.OnnxModel;
import dev.fairness.shard.FoundShard;
import dev.fairness.shard.ScoredShard;
import dev.fairness.shard.Shard;
import dev.fairness.shard.ShardMerge;
import dev.fairness.shard.ShardSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A test set scored in shards, by the {@link Evaluator}'s own steps: each shard job reads the manifest and scores
 * only its rows ({@link #score}); the merge reads the manifest again, joins the shards' scores in its row order and
 * judges them as an unsharded run would ({@link #merge}): the merged scores enter where stored scores do.
 */
public final class ShardedEvaluation {
    private final Evaluator evaluator;

    public ShardedEvaluation(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Scores the rows of one shard; no metrics, no rules. A shard's scores are cached in a folder of their own
     * ({@code cache-shard-<i>-of-<n>}), so that they never replace the unsharded run's.
     */
    public ScoredShard score(EvaluationSpec spec, Shard shard) {
        Path manifestFile = spec.inputs().manifest();
        Manifest all = evaluator.readManifest(spec, manifestFile, List.of(), true);
        Manifest rows = shard.rowsOf(all);
        evaluator.log.info("Shard " + shard + ": " + rows.size() + " of the " + all.size() + " rows of "
                + manifestFile.getFileName() + " (a row's shard follows from a hash of its id).");
        Evaluator.Scored scored = rows.size() == 0 ? null
                : evaluator.runModel(spec, manifestFile, rows, StoredScores.FOLDER + "-" + shard.fileStem());
        // a shard without rows loads no model, but still says which model it belongs to
        String modelSha256 = scored == null ? OnnxModel.read(spec.inputs().model()).sha256()
                : scored.model().info().sha256();
        return new ScoredShard(shard, scored == null ? rows.toPredictions(new double[all.labels().size()][0])
                : scored.predictions(), source(spec, modelSha256, all),
                scored == null ? null : ModelSummaries.toJson(scored.model()));
    }

    /**
     * Judges the scores of every shard found, after checking that together they are the unsharded test set's.
     *
     * @param shards  the descriptors found in {@code folders}
     * @param folders where they were looked for, for messages
     * @throws InputException naming the missing, duplicated or foreign shard
     */
    public EvaluationResult merge(EvaluationSpec spec, List<FoundShard> shards, List<Path> folders) {
        Path manifestFile = spec.inputs().manifest();
        // the merge reads no image: the shard jobs did; the rows' ids, truth and attributes are the manifest's
        Manifest manifest = evaluator.readManifest(spec, manifestFile, GroupingNames.neededAttributes(spec), false);
        ShardSource expected = source(spec, OnnxModel.read(spec.inputs().model()).sha256(), manifest);
        List<String> ids = manifest.rows().stream().map(ManifestRow::id).toList();
        ShardMerge.Merged merged = ShardMerge.merge(shards, folders, expected, manifest.labels(), ids);
        evaluator.log.info("Merged " + merged.shards().size() + " shards: the scores of all " + manifest.size()
                + " rows of " + manifestFile.getFileName() + ", each scored once by "
                + spec.inputs().model().getFileName() + " (evaluation key " + expected.evaluationKey().substring(0, 12)
                + ").");
        ModelSummary model = merged.model() == null ? null
                : ModelSummaries.fromJson(merged.model(), spec.inputs().model());
        return evaluator.evaluate(spec, new Evaluator.Scored(manifest.toPredictions(merged.scores()),
                manifest::location, manifestFile.toString(), model, manifest.reference()));
    }

    private ShardSource source(EvaluationSpec spec, String modelSha256, Manifest manifest) {
        Path file = manifest.file();
        String sha256;
        try {
            sha256 = Sha256.of(file);
        } catch (IOException e) {
            throw new InputException("Could not read " + file + " (" + e.getMessage() + "). Check that the file "
                    + "exists and is readable.", e);
        }
        return new ShardSource(spec.inputs().model().getFileName().toString(), modelSha256,
                file.getFileName().toString(), sha256, manifest.size(),
                StoredScores.configuration(spec, evaluator.options, evaluator.pluginVersion, evaluator.modelFiles));
    }
}

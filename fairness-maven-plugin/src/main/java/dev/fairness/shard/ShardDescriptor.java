package dev.fairness.shard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The content of {@code shard-<i>-of-<n>.json}: which shard, what it was scored from and the scores file it
 * vouches for (by name and SHA-256). Written after the scores file, so a descriptor exists only for complete scores.
 *
 * @param format        {@value ShardFiles#FORMAT}
 * @param plugin        the plugin version that scored the shard
 * @param shard         i, 1-based
 * @param shards        n
 * @param rows          rows scored in this shard
 * @param scores        the scores file's name, next to the descriptor
 * @param scoresSha256  SHA-256 of the scores file's bytes
 * @param modelFile     see {@link ShardSource}
 * @param evaluationKey SHA-256 over {@code configuration} ({@link ShardSource#evaluationKey()})
 * @param model         the model summary, or null for a shard without rows
 */
public record ShardDescriptor(int format, String plugin, int shard, int shards, int rows, String scores,
                              String scoresSha256, String modelFile, String modelSha256, String testSetFile,
                              String testSetSha256, int testSetRows, String evaluationKey,
                              Map<String, String> configuration, JsonNode model) {

    static ShardDescriptor of(ScoredShard scored, String pluginVersion, String scoresFile, String scoresSha256) {
        ShardSource s = scored.source();
        return new ShardDescriptor(ShardFiles.FORMAT, pluginVersion, scored.shard().index(), scored.shard().count(),
                scored.scores().size(), scoresFile, scoresSha256, s.modelFile(), s.modelSha256(), s.testSetFile(),
                s.testSetSha256(), s.testSetRows(), s.evaluationKey(), s.configuration(), scored.model());
    }

    Shard shardOf() {
        return new Shard(shard, shards);
    }

    ShardSource source() {
        return new ShardSource(modelFile, modelSha256, testSetFile, testSetSha256, testSetRows, configuration);
    }
}

package dev.fairness.shard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.dataset.Predictions;

import java.util.Map;

/**
 * What a sharded run scored, with what decides whether shards belong together.
 *
 * @param shard         which shard
 * @param scores        the shard's rows (id, truth, one score per label), in manifest order
 * @param source        what the shards were scored from: model, test set and configuration
 * @param model         the model summary the report shows (runtime, device, preprocessing); null when the shard has
 *                      no rows and the model was not loaded
 */
public record ScoredShard(Shard shard, Predictions scores, ShardSource source, JsonNode model) {
}

package dev.fairness.shard;

import dev.fairness.cache.EvaluationKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a shard's scores come from. Shards merge only when all of this is equal, and equal to the merging build's.
 *
 * @param modelFile     the model's file name, for messages
 * @param modelSha256   SHA-256 of the model file's bytes
 * @param testSetFile   the manifest's file name, for messages
 * @param testSetSha256 SHA-256 of the manifest file's bytes
 * @param testSetRows   rows of the whole manifest
 * @param configuration the settings that change a score, by name: those of the score cache's key (plugin and ONNX
 *                      Runtime versions, native library path, columns, inference)
 */
public record ShardSource(String modelFile, String modelSha256, String testSetFile, String testSetSha256,
                          int testSetRows, Map<String, String> configuration) {

    public ShardSource {
        configuration = new TreeMap<>(Objects.requireNonNull(configuration, "configuration"));
    }

    /** The evaluation key of the shards: SHA-256 over {@link #configuration()}, as the score cache computes it. */
    public String evaluationKey() {
        return EvaluationKeys.configuration(configuration);
    }

    /** The settings whose values differ, as {@code name: here, in the shard}. */
    List<String> configurationChanges(ShardSource shard) {
        List<String> changes = new ArrayList<>();
        TreeMap<String, String> names = new TreeMap<>(configuration);
        shard.configuration.forEach(names::putIfAbsent);
        for (String name : names.keySet()) {
            String here = configuration.get(name);
            String there = shard.configuration.get(name);
            if (!Objects.equals(here, there)) {
                changes.add(name + " is " + here + " here, " + there + " in the shard");
            }
        }
        return changes;
    }
}

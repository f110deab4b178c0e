package dev.fairness.shard;

import dev.fairness.InputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a set of shards can be merged: one split (one n), each shard once, every shard present, and each from the
 * model, test set and configuration of the merging build. The first problem found ends the merge with a message
 * naming the shard, its file and what differs.
 */
final class ShardChecks {
    private ShardChecks() {
    }

    /**
     * @param folders where the shards were looked for, for messages
     * @return the shards in index order, 1 to n
     */
    static List<FoundShard> complete(List<FoundShard> found, ShardSource expected, List<Path> folders) {
        if (found.isEmpty()) {
            throw new InputException("No shard outputs (shard-<i>-of-<n>.json) found in " + folders + ". Score the "
                    + "test set in shards first (-Dfairness.shard=i/n) and put each shard's output folder there.");
        }
        FoundShard first = found.get(0);
        Map<Integer, FoundShard> byIndex = new TreeMap<>();
        for (FoundShard shard : found) {
            if (shard.shard().count() != first.shard().count()) {
                throw new InputException("The shards come from different splits: " + first.file() + " is shard "
                        + first.shard() + ", " + shard.file() + " is shard " + shard.shard() + ". Merge the shards of "
                        + "one split only: remove the others from the shard folders.");
            }
            FoundShard twice = byIndex.put(shard.shard().index(), shard);
            if (twice != null) {
                throw new InputException("Shard " + shard.shard() + " is given twice: " + twice.file() + " and "
                        + shard.file() + ". Keep one of them: every row must be scored exactly once.");
            }
            sameSource(shard, expected);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= first.shard().count(); i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(new Shard(i, first.shard().count()).toString());
            }
        }
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing);
            throw new InputException((missing.size() == 1 ? "Shard " + names + " is" : "Shards " + names + " are")
                    + " missing: " + folders + " hold " + byIndex.size() + " of the " + first.shard().count()
                    + " shards. Copy every shard's output there before merging, or score the missing ones (e.g. "
                    + "-Dfairness.shard=" + missing.get(0) + ").");
        }
        return new ArrayList<>(byIndex.values());
    }

    /** The shard was scored from the merging build's model, test set and configuration. */
    private static void sameSource(FoundShard found, ShardSource expected) {
        ShardSource shard = found.descriptor().source();
        if (!expected.modelSha256().equals(shard.modelSha256())) {
            throw new InputException("Shard " + found.shard() + " (" + found.file() + ") comes from another model: "
                    + "it was scored by " + shard.modelFile() + " with SHA-256 " + shard.modelSha256() + ", but "
                    + "<model> " + expected.modelFile() + " has SHA-256 " + expected.modelSha256() + ". Score every "
                    + "shard with the model that is merged, or remove the foreign shard.");
        }
        if (!expected.testSetSha256().equals(shard.testSetSha256())) {
            throw new InputException("Shard " + found.shard() + " (" + found.file() + ") comes from another test "
                    + "set: it was scored on " + shard.testSetFile() + " (" + shard.testSetRows() + " rows, SHA-256 "
                    + shard.testSetSha256() + "), but <manifest> " + expected.testSetFile() + " has "
                    + expected.testSetRows() + " rows, SHA-256 " + expected.testSetSha256() + ". Score every shard "
                    + "on the manifest that is merged, or remove the foreign shard.");
        }
        List<String> changes = expected.configurationChanges(shard);
        if (!changes.isEmpty()) {
            throw new InputException("Shard " + found.shard() + " (" + found.file() + ") was scored with another "
                    + "configuration: " + String.join("; ", changes) + ". Score every shard with the plugin "
                    + "version and configuration of the merge, or remove the foreign shard.");
        }
    }
}

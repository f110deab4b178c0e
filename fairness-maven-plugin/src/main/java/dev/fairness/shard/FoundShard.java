package dev.fairness.shard;

import java.nio.file.Path;

/**
 * A shard descriptor found by a merge, with the file it was read from (for messages).
 *
 * @param file       the descriptor file
 * @param descriptor its content
 */
public record FoundShard(Path file, ShardDescriptor descriptor) {

    public Shard shard() {
        return descriptor.shardOf();
    }

    /** The scores file the descriptor names, next to it. */
    Path scoresFile() {
        return file.resolveSibling(descriptor.scores());
    }

    /** {@code shard 2/3 (shards/b/shard-2-of-3.json)}. */
    String describe() {
        return "shard " + shard() + " (" + file + ")";
    }
}

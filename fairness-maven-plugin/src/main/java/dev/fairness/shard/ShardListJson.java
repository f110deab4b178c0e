package dev.fairness.shard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;

/**
 * The {@code shards} part of a merged run's fairness.json: which shards were merged, from which files, with how many
 * rows and on which device. The only part (with {@code createdAt}) in which it differs from an unsharded run's.
 */
public final class ShardListJson {
    private ShardListJson() {
    }

    public static void add(ObjectNode root, List<FoundShard> shards) {
        ArrayNode list = root.putArray("shards");
        shards.stream().sorted(Comparator.comparingInt(s -> s.shard().index())).forEach(s -> {
            ObjectNode node = list.addObject();
            node.put("shard", s.shard().toString());
            node.put("descriptor", s.file().toString());
            node.put("rows", s.descriptor().rows());
            node.put("scoresSha256", s.descriptor().scoresSha256());
            node.put("plugin", s.descriptor().plugin());
            var model = s.descriptor().model();
            node.put("device", model == null || model.path("device").isMissingNode() ? null
                    : model.path("device").asText());
        });
    }
}

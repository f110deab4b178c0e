package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.shard.Shard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code <shard>} ({@code -Dfairness.shard=i/n}): which part of the test set this job scores. */
final class ShardReader {
    private static final Pattern SHARD = Pattern.compile("\\s*([0-9]{1,9})\\s*/\\s*([0-9]{1,9})\\s*");

    private ShardReader() {
    }

    /** True when {@code <shard>} is set: the goal scores that shard and stops. */
    static boolean isSet(Configuration c) {
        return c.shard != null && !c.shard.isBlank();
    }

    /** @throws InputException when the value is not i/n with 1 &le; i &le; n, or there is nothing to score */
    static Shard read(Configuration c) {
        Matcher m = SHARD.matcher(c.shard);
        if (!m.matches()) {
            throw new InputException("<shard> must be i/n, shard i of n shards, two whole numbers with 1 <= i <= n, "
                    + "e.g. 2/3 (GitLab: ${CI_NODE_INDEX}/${CI_NODE_TOTAL}); found '" + c.shard + "'.");
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        if (count < 1) {
            throw new InputException("<shard> " + c.shard.strip() + " names no shard: n, the number of shards, must "
                    + "be 1 or more; found " + count + ".");
        }
        if (index < 1 || index > count) {
            throw new InputException("<shard> " + c.shard.strip() + " names no shard: i must be between 1 and "
                    + count + " (shards are numbered from 1); found " + index + ".");
        }
        if (c.predictions != null) {
            throw new InputException("<shard> " + c.shard.strip() + " is set together with <predictions>: shards "
                    + "split the scoring of <model> on <manifest> over several jobs, and <predictions> needs no "
                    + "scoring. Remove <shard> to judge the predictions, or set <model> and <manifest> instead of "
                    + "<predictions> to score in shards.");
        }
        if (c.model == null || c.manifest == null) {
            throw new InputException("<shard> " + c.shard.strip() + " needs <model> and <manifest>: a shard scores "
                    + "part of the manifest's images with the model. Set both.");
        }
        return new Shard(index, count);
    }
}

package dev.fairness.shard;

import dev.fairness.Sha256;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.ManifestRow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Shard {@code index} of {@code count}: the rows whose id hashes to it. A row's shard is
 * {@code 1 + (first 8 bytes of SHA-256(UTF-8 id), as an unsigned big-endian number) mod count}. It depends on the
 * id alone, so the shards of a test set do not change when its rows are reordered, and every {@code count} (odd or
 * even) spreads the rows evenly: SHA-256's bits are uniform whatever the ids look like.
 *
 * @param index 1-based, at most {@code count}
 * @param count the number of shards, 1 or more
 */
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("no shard " + index + " of " + count);
        }
    }

    /** The shard (1-based) that the row with this id belongs to when the rows are split into {@code count}. */
    public static int indexOf(String id, int count) {
        MessageDigest sha = Sha256.digest();
        byte[] digest = sha.digest(id.getBytes(StandardCharsets.UTF_8));
        long first8 = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        return 1 + (int) Long.remainderUnsigned(first8, count);
    }

    public boolean contains(String id) {
        return indexOf(id, count) == index;
    }

    /** This shard's rows of the manifest, in manifest order. */
    public Manifest rowsOf(Manifest manifest) {
        List<ManifestRow> rows = manifest.rows().stream().filter(row -> contains(row.id())).toList();
        return new Manifest(manifest.file(), manifest.labels(), manifest.attributeNames(), rows);
    }

    /** {@code shard-2-of-3}: the name of the shard's files, without extension. */
    public String fileStem() {
        return "shard-" + index + "-of-" + count;
    }

    /** {@code 2/3}, as {@code -Dfairness.shard} takes it. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}

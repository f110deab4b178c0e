package dev.fairness.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which shard a row belongs to: 1 + (first 8 bytes of SHA-256(UTF-8 id), unsigned) mod n. */
class ShardTest {

    @Test
    void aRowsShardIsTheStatedHashOfItsIdComputedIndependently() {
        // values from Python: 1 + int.from_bytes(hashlib.sha256(id.encode()).digest()[:8], 'big') % n
        assertEquals(2, Shard.indexOf("images/00000.png", 3));
        assertEquals(1, Shard.indexOf("P00001", 2));
        assertEquals(5, Shard.indexOf("a", 7));
        assertEquals(2, Shard.indexOf("é", 5));
    }

    @Test
    void theShardsOfTheRowsDoNotDependOnTheRowOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add("images/" + i + ".png");
        }
        List<Integer> before = ids.stream().map(id -> Shard.indexOf(id, 4)).toList();
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new java.util.Random(1));

        for (String id : shuffled) {
            assertEquals(before.get(ids.indexOf(id)), Shard.indexOf(id, 4), id);
        }
    }

    @Test
    void oddAndEvenShardCountsSpreadSequentialIdsEvenly() {
        int rows = 30_000;
        for (int n : new int[] {2, 3, 4, 7, 10}) {
            int[] sizes = new int[n];
            for (int i = 0; i < rows; i++) {
                sizes[Shard.indexOf(String.format("p%05d", i), n) - 1]++;
            }
            double expected = (double) rows / n;
            for (int size : sizes) {
                // 5 standard deviations of a binomial count: a uniform hash stays inside
                double sd = Math.sqrt(rows * (1.0 / n) * (1 - 1.0 / n));
                assertTrue(Math.abs(size - expected) < 5 * sd, n + " shards: " + java.util.Arrays.toString(sizes));
            }
        }
    }

    @Test
    void aShardIsWrittenAsIOfNAndItsFilesAreNamedSo() {
        Shard shard = new Shard(2, 3);
        assertEquals("2/3", shard.toString());
        assertEquals("shard-2-of-3", shard.fileStem());
        assertTrue(shard.contains("images/00000.png"));
    }
}

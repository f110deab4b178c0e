package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The one sort per label: descending order, tie blocks, and rejected inputs. */
class SortedLabelTest {

    @Test
    void rowsAreOrderedByDescendingScoreWithTiesInRowOrder() {
        double[] scores = {0.2, 0.9, -1.5, 0.2, 1e-300, 0.0, 3.0, -0.0, 0.9};
        SortedLabel label = SortedLabel.of(new boolean[scores.length], scores);
        int[] order = IntStream.range(0, scores.length).map(label::rowAt).toArray();
        assertArrayEquals(new int[] {6, 1, 8, 0, 3, 4, 5, 7, 2}, order);
        assertEquals(6, label.blockCount()); // 3.0 | 0.9 0.9 | 0.2 0.2 | 1e-300 | 0.0 -0.0 | -1.5
    }

    @Test
    void float32ScoresAreOrderedTheSameWay() {
        // every score is exactly a float: the 32-bit path
        double[] scores = {0.25, 0.5, -1.5, 0.25, 0.0, 3.0, -0.0, 0.5, 0.1f};
        SortedLabel label = SortedLabel.of(new boolean[scores.length], scores);
        int[] order = IntStream.range(0, scores.length).map(label::rowAt).toArray();
        assertArrayEquals(new int[] {5, 1, 7, 0, 3, 8, 4, 6, 2}, order);
        assertEquals(6, label.blockCount());
        assertEquals(0.1f, label.sortedScores()[5]); // the score itself, widened exactly
    }

    @Test
    void largeRandomDoubleInputSortsLikeABoxedComparatorSort() {
        Random random = new Random(3);
        double[] scores = new double[50_000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(5) == 0 ? Math.round(random.nextDouble() * 100) / 100.0 : random.nextGaussian();
        }
        assertSortedLikeComparator(scores);
    }

    @Test
    void largeRandomFloatInputSortsLikeABoxedComparatorSort() {
        Random random = new Random(4);
        double[] scores = new double[50_000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(5) == 0 ? random.nextInt(20) / 16f : (float) random.nextGaussian();
        }
        assertSortedLikeComparator(scores);
    }

    @Test
    void scoresThatDifferOnlyInTheirLastBitsSortLikeABoxedComparatorSort() {
        // 50,000 rows leave the key 48 bits next to the row: these scores agree in them and differ below
        Random random = new Random(5);
        double[] scores = new double[50_000];
        for (int i = 0; i < scores.length; i++) {
            double base = random.nextInt(3) == 0 ? 0.3 : -0.7;
            scores[i] = base + random.nextInt(40) * Math.ulp(base);
        }
        assertSortedLikeComparator(scores);
    }

    @Test
    void manyRowsOfFewScoresKeepTheirRowOrderWithinEachTie() {
        // ranges whose items share every digit of the key down to the row's bits
        Random random = new Random(11);
        double[] scores = new double[200_000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = new double[] {0.25, 0.5, 0.75, 0.0, 1.0}[random.nextInt(5)];
        }
        assertSortedLikeComparator(scores);
    }

    private static void assertSortedLikeComparator(double[] scores) {
        boolean[] truth = new boolean[scores.length];
        for (int row = 0; row < truth.length; row++) {
            truth[row] = Integer.bitCount(row * 0x9E3779B9) % 2 == 0; // rows' truths in no order of the scores'
        }
        SortedLabel label = SortedLabel.of(truth, scores);
        Integer[] expected = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, Comparator.comparingDouble((Integer r) -> -scores[r]).thenComparingInt(r -> r));
        for (int i = 0; i < scores.length; i++) {
            assertEquals(expected[i], label.rowAt(i), "position " + i);
            assertEquals(truth[expected[i]], label.isPositiveAt(i), "truth at position " + i);
            assertEquals(scores[expected[i]] + 0.0, label.scoreAt(i), "score at position " + i);
        }
        assertEquals(Arrays.stream(scores).distinct().count(), label.blockCount());
    }

    @Test
    void encodingIsReversibleAndOrderReversing() {
        double[] values = {-Double.MAX_VALUE, -1, -Double.MIN_VALUE, 0, Double.MIN_VALUE, 0.5, 1, Double.MAX_VALUE};
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], DescendingScoreSort.decode(DescendingScoreSort.encode(values[i])));
            if (i > 0) {
                assertEquals(-1, Long.compareUnsigned(DescendingScoreSort.encode(values[i]), DescendingScoreSort.encode(values[i - 1])));
            }
        }
        float[] floats = {-Float.MAX_VALUE, -1, -Float.MIN_VALUE, 0, Float.MIN_VALUE, 0.5f, 1, Float.MAX_VALUE};
        for (int i = 0; i < floats.length; i++) {
            assertEquals(floats[i], DescendingScoreSort.decodeFloat(DescendingScoreSort.encode(floats[i])));
            if (i > 0) {
                assertEquals(-1, Integer.compareUnsigned(DescendingScoreSort.encode(floats[i]), DescendingScoreSort.encode(floats[i - 1])));
            }
        }
    }

    @Test
    void aNanScoreIsRejectedNamingItsRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SortedLabel.of(new boolean[3], new double[] {0.1, Double.NaN, 0.3}));
        assertEquals("score of row 1 is NaN, expected a finite number", e.getMessage());
    }

    @Test
    void truthAndScoresOfDifferentLengthAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SortedLabel.of(new boolean[2], new double[3]));
        assertEquals("truth has 2 rows but scores has 3", e.getMessage());
    }
}

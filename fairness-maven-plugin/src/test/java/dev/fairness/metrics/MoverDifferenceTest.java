package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The MOVER difference of two counted proportions and the functions under its Jeffreys bounds, against
 * {@code src/test/resources/golden/newcombe.py} (Python's standard library; its output {@code newcombe.out} is
 * committed beside it). With Wilson's bounds the combination is Newcombe's hybrid score interval, whose published
 * worked examples (Newcombe 1998, Table II, method 10) the script checks to four decimals.
 */
class MoverDifferenceTest {
    private static final double TOLERANCE = 1e-9;

    private static List<String[]> golden(String kind) throws IOException {
        try (InputStream in = MoverDifferenceTest.class.getResourceAsStream("/golden/newcombe.out")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split(" ");
                if (f[0].equals(kind)) {
                    rows.add(f);
                }
            }
            return rows;
        }
    }

    private static double d(String[] f, int i) {
        return Double.parseDouble(f[i]);
    }

    private static MoverDifference mover(long x1, long m1, long x2, long m2, boolean jeffreys) {
        return new MoverDifference((double) x1 / m1, jeffreys ? new JeffreysBounds(x1, m1) : new WilsonScore(x1, m1),
                (double) x2 / m2, jeffreys ? new JeffreysBounds(x2, m2) : new WilsonScore(x2, m2));
    }

    @Test
    void withWilsonBoundsItReproducesNewcombesPublishedHybridScoreIntervals() throws IOException {
        List<String[]> rows = golden("newcombe");
        assertEquals(12, rows.size());
        for (String[] f : rows) {
            MoverDifference m = mover(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), false);
            String name = String.join(" ", f);
            assertEquals(d(f, 6), m.lower(d(f, 5)), TOLERANCE, name + ": lower");
            assertEquals(d(f, 7), m.upper(d(f, 5)), TOLERANCE, name + ": upper");
        }
        assertEquals(0.0524, Math.round(mover(56, 70, 48, 80, false).lower(1.959963984540054) * 1e4) / 1e4);
        assertEquals(0.3339, Math.round(mover(56, 70, 48, 80, false).upper(1.959963984540054) * 1e4) / 1e4);
    }

    @Test
    void withJeffreysBoundsItMatchesTheReferenceAtEveryCriticalValue() throws IOException {
        List<String[]> rows = golden("moverj");
        assertEquals(8, rows.size());
        for (String[] f : rows) {
            MoverDifference m = mover(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), true);
            String name = String.join(" ", f);
            assertEquals(d(f, 6), m.lower(d(f, 5)), TOLERANCE, name + ": lower");
            assertEquals(d(f, 7), m.upper(d(f, 5)), TOLERANCE, name + ": upper");
        }
    }

    @Test
    void jeffreysBoundsAreTheBetaQuantilesAndEndAtZeroOrOneForARateOfZeroOrOne() throws IOException {
        List<String[]> rows = golden("jeffreys");
        assertEquals(8, rows.size());
        for (String[] f : rows) {
            JeffreysBounds j = new JeffreysBounds(Long.parseLong(f[1]), Long.parseLong(f[2]));
            assertEquals(d(f, 4), j.lower(d(f, 3)), TOLERANCE, String.join(" ", f) + ": lower");
            assertEquals(d(f, 5), j.upper(d(f, 3)), TOLERANCE, String.join(" ", f) + ": upper");
        }
        assertEquals(0.0, new JeffreysBounds(0, 10).lower(1.96));
        assertEquals(1.0, new JeffreysBounds(10, 10).upper(1.96));
        assertThrows(IllegalArgumentException.class, () -> new JeffreysBounds(3, 2));
    }

    @Test
    void theNormalTailAndTheIncompleteBetaMatchTheReferenceToDoublePrecision() throws IOException {
        for (String[] f : golden("normaltail")) {
            assertEquals(d(f, 2), NormalTail.above(d(f, 1)), 1e-14 * d(f, 2), "P(Z > " + f[1] + ")");
            assertEquals(1 - d(f, 2), NormalTail.above(-d(f, 1)), 1e-14, "P(Z > -" + f[1] + ")");
        }
        for (String[] f : golden("beta")) {
            assertEquals(d(f, 4), RegularizedBeta.of(d(f, 1), d(f, 2), d(f, 3)), 1e-12, String.join(" ", f));
            assertEquals(d(f, 1), RegularizedBeta.inverse(d(f, 4), d(f, 2), d(f, 3)), 1e-10, String.join(" ", f));
        }
        assertEquals(0.5, NormalTail.above(0));
    }

    @Test
    void aSkewedRateWidensTheSideOfTheDifferenceItsLongTailIsOn() {
        // 36 of 37 minus 35 of 37 (NPVs near 0.96): a rate near 1 has its long tail below, so the second group's
        // (farther from 1, the longer) lies on the upper side of the difference
        MoverDifference m = mover(36, 37, 35, 37, true);
        double d = 1.0 / 37;
        assertTrue(m.upper(1.96) - d > d - m.lower(1.96), m.lower(1.96) + "–" + m.upper(1.96));
        assertTrue(m.lower(1.96) < 0, "lower " + m.lower(1.96));
    }
}

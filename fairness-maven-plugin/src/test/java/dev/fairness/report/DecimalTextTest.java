package dev.fairness.report;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link DecimalText#fixed} writes exactly what {@code String.format(Locale.ROOT, "%.3f", value)} writes (and
 * {@code "%.1f"}, ...), without a Formatter: on the edge cases, on rates k/n as the tables show them, on ties at
 * the rounding digit and on raw doubles.
 */
class DecimalTextTest {
    private static final int[] DECIMALS = {1, 2, 3, 4};

    private static void assertSameAsTheFormatter(double value) {
        for (int decimals : DECIMALS) {
            assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), DecimalText.fixed(value, decimals),
                    "value " + value + " with " + decimals + " decimals");
        }
    }

    @Test
    void roundsHalfUpOnTheShortestDigitsAsTheFormatterDoes() {
        double[] edges = {0, -0.0, 0.0005, 0.0015, 0.1235, 0.9995, 9.9995, 99.9995, -0.0005, -0.9995, 2.675, 1.0005,
            0.12349999999999999, 0.12350000000000001, 0.049999999999999996, 0.3, 1.0, 1e-3, 9.99e-4, 1e-4, 9_999_999.9995,
            1e7, -1e7, 1.5e300, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : edges) {
            assertSameAsTheFormatter(v);
        }
    }

    @Test
    void equalsTheFormatterOnRatesTiesAndRawDoubles() {
        SplittableRandom random = new SplittableRandom(31);
        for (int i = 0; i < 100_000; i++) {
            int n = 1 + random.nextInt(100_000);
            assertSameAsTheFormatter((double) random.nextInt(n + 1) / n); // a rate, as the tables show them
            assertSameAsTheFormatter(Math.round(random.nextDouble(-100, 100) * 10_000) / 10_000.0); // ties at .xxx5
            assertSameAsTheFormatter(random.nextDouble(-2, 2));
            assertSameAsTheFormatter(Double.longBitsToDouble(random.nextLong()));
        }
    }
}

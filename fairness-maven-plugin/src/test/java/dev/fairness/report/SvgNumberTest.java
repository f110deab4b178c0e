package dev.fairness.report;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Svg#n} writes exactly what {@code String.format(Locale.US, "%.1f", value)} writes, without a Formatter. */
class SvgNumberTest {
    private static String formatted(double value) {
        return String.format(Locale.US, "%.1f", value);
    }

    @Test
    void roundsHalfUpOnTheShortestDigitsAsTheFormatterDoes() {
        double[] edges = {0, -0.0, 0.05, 0.15, 0.25, 0.95, 9.95, 9.96, 99.95, 999.95, -0.04, -0.05, -9.96, -0.95,
            1.45, 2.675, 0.049999999999999996, 123.44999999999999, 480.0, 480.05, 1e-3, 9.99e-4, 1e-4, 9_999_999.95,
            1e7, 1.5e300, -1e7, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double v : edges) {
            assertEquals(formatted(v), Svg.n(v), "value " + v);
        }
    }

    @Test
    void equalsTheFormatterOnChartCoordinatesTiesAndRawDoubles() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 160_000; i++) { // 480,000 values
            double coordinate = random.nextDouble(-50, 1000);
            assertEquals(formatted(coordinate), Svg.n(coordinate), "value " + coordinate);
            double tie = Math.round(random.nextDouble(-1000, 1000) * 100) / 100.0; // two decimals: .x5 ties
            assertEquals(formatted(tie), Svg.n(tie), "value " + tie);
            double raw = Double.longBitsToDouble(random.nextLong());
            assertEquals(formatted(raw), Svg.n(raw), "value " + raw);
        }
    }
}

package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chosen thresholds and percentile intervals against scikit-learn 1.2.1 and NumPy 1.24: the rows, the expected
 * thresholds (read off {@code roc_curve} and {@code precision_recall_curve}) and the expected percentiles come from
 * {@code src/test/resources/golden/operating_points.out}, the committed output of
 * {@code src/test/resources/golden/operating_points.py} (see that script for the exact definitions).
 */
class OperatingPointGoldenTest {
    private static final String GOLDEN = "/golden/operating_points.out";
    private static final double TOLERANCE = 1e-12;

    record Point(String golden, SortedLabel label, ThresholdMethod method, Double target, String threshold,
                 double tpr, double fpr) {
        @Override
        public String toString() {
            return golden;
        }
    }

    record Ci(String golden, double[] values, double level, double lower, double upper) {
        @Override
        public String toString() {
            return golden;
        }
    }

    private static List<String[]> lines() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = OperatingPointGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, GOLDEN + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line.trim().split(" "));
            }
        }
        return lines;
    }

    static List<Point> points() throws IOException {
        List<Point> points = new ArrayList<>();
        boolean[] truth = null;
        SortedLabel label = null;
        for (String[] f : lines()) {
            switch (f[0]) {
                case "y_true" -> {
                    truth = new boolean[f.length - 1];
                    for (int i = 1; i < f.length; i++) {
                        truth[i - 1] = f[i].equals("1");
                    }
                }
                case "y_score" -> {
                    double[] scores = new double[f.length - 1];
                    for (int i = 1; i < f.length; i++) {
                        scores[i - 1] = Double.parseDouble(f[i]);
                    }
                    label = SortedLabel.of(truth, scores);
                }
                case "op" -> points.add(new Point(String.join(" ", f), label, ThresholdMethod.fromId(f[2]),
                        f[3].equals("-") ? null : Double.parseDouble(f[3]), f[4], Double.parseDouble(f[5]),
                        Double.parseDouble(f[6])));
                default -> { }
            }
        }
        return points;
    }

    static List<Ci> intervals() throws IOException {
        List<Ci> cis = new ArrayList<>();
        Map<String, double[]> values = new HashMap<>();
        for (String[] f : lines()) {
            if (f[0].equals("values")) {
                double[] v = new double[f.length - 2];
                for (int i = 2; i < f.length; i++) {
                    v[i - 2] = Double.parseDouble(f[i]);
                }
                values.put(f[1], v);
            } else if (f[0].equals("ci")) {
                cis.add(new Ci(String.join(" ", f), values.get(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            }
        }
        return cis;
    }

    @ParameterizedTest
    @MethodSource("points")
    void theChosenThresholdIsScikitLearns(Point p) {
        OperatingPoint chosen = ThresholdSelector.choose(p.label(), OperatingPointSpec.chosen(p.method(), p.target()),
                OperatingPoint.TEST_SET);
        if (p.threshold().equals("above")) {
            assertTrue(chosen.threshold() > p.label().sortedScores()[0], "above every score: " + chosen.threshold());
        } else {
            assertEquals(Double.parseDouble(p.threshold()), chosen.threshold(), 0);
        }
        assertEquals(p.tpr(), chosen.tpr(), TOLERANCE);
        assertEquals(p.fpr(), chosen.fpr(), TOLERANCE);
        assertEquals(OperatingPoint.TEST_SET, chosen.chosenOn());
    }

    @ParameterizedTest
    @MethodSource("intervals")
    void percentileBoundsAreNumPysLinearPercentiles(Ci ci) {
        Interval interval = Percentiles.interval(ci.values(), ci.level(), null);
        assertEquals(ci.lower(), interval.lower(), TOLERANCE);
        assertEquals(ci.upper(), interval.upper(), TOLERANCE);
        assertEquals(ci.values().length, interval.replicates());
        assertEquals(0, interval.undefinedReplicates());
    }
}

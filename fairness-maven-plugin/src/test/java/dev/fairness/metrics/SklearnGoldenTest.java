package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ROC AUC, average precision and Brier score (and the threshold metrics scikit-learn also has) against
 * scikit-learn 1.2.1: the values and the rows they were computed on come from
 * {@code src/test/resources/golden/sklearn_metrics.out}, the committed output of
 * {@code src/test/resources/golden/sklearn_metrics.py} (see that script to regenerate). Scores are tied within
 * and across groups, so this pins the tie handling of both AUC (ties count one half) and average precision
 * (tied scores form one threshold).
 */
class SklearnGoldenTest {
    private static final String GOLDEN = "/golden/sklearn_metrics.out";
    private static final double TOLERANCE = 1e-12;
    private static final double THRESHOLD = 0.5;

    /** One expected value: case, metric id, group, scikit-learn's value. */
    record Expected(GoldenCase goldenCase, String metric, String group, double value) {
        @Override
        public String toString() {
            return goldenCase.name + " " + metric + " " + group;
        }
    }

    /** One case of the golden file: its rows and the metrics computed on them. */
    static final class GoldenCase {
        String name;
        boolean[] truth;
        double[] scores;
        String[] groups;
        LabelMetrics metrics;

        LabelMetrics metrics() {
            if (metrics == null) {
                List<String> names = Stream.of(groups).distinct().sorted().toList();
                int[] groupOf = Stream.of(groups).mapToInt(names::indexOf).toArray();
                metrics = new LabelMetricsCalculator().compute(truth, scores, THRESHOLD,
                        List.of(new Grouping("group", names, groupOf)));
            }
            return metrics;
        }
    }

    static List<Expected> goldenValues() throws IOException {
        List<Expected> expected = new ArrayList<>();
        try (InputStream in = SklearnGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, GOLDEN + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            GoldenCase current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.trim().split(" ");
                switch (f[0]) {
                    case "#", "end", "" -> { }
                    case "case" -> {
                        current = new GoldenCase();
                        current.name = f[1];
                    }
                    case "y_true" -> {
                        current.truth = new boolean[f.length - 1];
                        for (int i = 1; i < f.length; i++) {
                            current.truth[i - 1] = f[i].equals("1");
                        }
                    }
                    case "y_score" -> current.scores = Stream.of(f).skip(1).mapToDouble(Double::parseDouble).toArray();
                    case "group" -> current.groups = Stream.of(f).skip(1).toArray(String[]::new);
                    default -> expected.add(new Expected(current, f[0], f[1], Double.parseDouble(f[2])));
                }
            }
        }
        assertTrue(expected.size() > 50, "golden file has too few values: " + expected.size());
        return expected;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenValues")
    void metricMatchesScikitLearn(Expected expected) {
        LabelMetrics metrics = expected.goldenCase().metrics();
        GroupMetrics group = expected.group().equals(LabelMetrics.OVERALL)
                ? metrics.overall()
                : metrics.group("group", expected.group());
        Metric metric = Metric.fromId(expected.metric());
        assertNotNull(metric, expected.metric());
        MetricValue actual = group.get(metric);
        assertTrue(actual.isDefined(), expected + " is " + actual);
        assertEquals(expected.value(), actual.value(), TOLERANCE, expected.toString());
    }
}

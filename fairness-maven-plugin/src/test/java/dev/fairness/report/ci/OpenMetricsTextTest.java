package dev.fairness.report.ci;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.metrics.BootstrapSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** metrics.txt read by a strict OpenMetrics reader: per-group values, gaps, limits, rule states, escaping. */
class OpenMetricsTextTest {
    @TempDir
    Path dir;

    private Map<String, OpenMetricsParser.Family> written(EvaluationResult result) throws Exception {
        Path out = dir.resolve("out");
        CiFiles.write(result, out);
        return OpenMetricsParser.parse(Files.readString(out.resolve(OpenMetricsText.NAME)));
    }

    static double value(OpenMetricsParser.Family family, Map<String, String> labels) {
        return family.samples().stream().filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(OpenMetricsParser.Sample::value).reduce((a, b) -> {
                    throw new AssertionError("more than one sample with " + labels);
                }).orElseThrow(() -> new AssertionError("no sample with " + labels));
    }

    @Test
    void theMetricsOfAFailingGateAreValidOpenMetricsWithEveryFamily() throws Exception {
        Map<String, OpenMetricsParser.Family> families = written(CiFixtures.fairlearn(dir));

        assertEquals(List.of("fairness_group_metric", "fairness_overall_metric", "fairness_rule_gap",
                "fairness_rule_gap_lower", "fairness_rule_gap_upper", "fairness_rule_limit", "fairness_rule_status",
                "fairness_verdict_passed"), List.copyOf(families.keySet()));
        assertEquals("stateset", families.get("fairness_rule_status").type());
        assertEquals(0, value(families.get("fairness_verdict_passed"), Map.of()));
    }

    @Test
    void perGroupValuesAndRuleGapsCarryTheirLabels() throws Exception {
        Map<String, OpenMetricsParser.Family> families = written(CiFixtures.fairlearn(dir));

        OpenMetricsParser.Family groups = families.get("fairness_group_metric");
        assertEquals(0.6, value(groups, Map.of("label", "y", "grouping", "group", "group", "b", "metric", "tpr")));
        assertEquals(6, value(groups, Map.of("label", "y", "group", "b", "metric", "n")));
        assertEquals(Map.of("model", "predictions.csv", "label", "y", "grouping", "group", "group", "b", "metric", "tpr"),
                groups.samples().stream().filter(s -> s.labels().get("group").equals("b")
                        && s.labels().get("metric").equals("tpr") && s.labels().get("label").equals("y"))
                        .findFirst().orElseThrow().labels());
        assertTrue(groups.samples().stream().noneMatch(s -> s.labels().get("label").equals("z")
                && s.labels().get("metric").equals("tpr")), "an undefined value has no sample, never 0");
        Map<String, String> rule1 = Map.of("rule", "1", "label", "y", "attribute", "group", "measure", "tpr");
        assertEquals(0.2, value(families.get("fairness_rule_gap"), rule1));
        assertEquals(0.652, value(families.get("fairness_rule_gap_upper"), rule1));
        assertEquals(0.1, value(families.get("fairness_rule_limit"), rule1));
        OpenMetricsParser.Family status = families.get("fairness_rule_status");
        assertEquals(1, value(status, Map.of("rule", "1", "fairness_rule_status", "violated")));
        assertEquals(0, value(status, Map.of("rule", "1", "fairness_rule_status", "passed")));
        assertEquals(1, value(status, Map.of("rule", "2", "fairness_rule_status", "undetermined")));
        assertEquals(12, status.samples().size(), "three states for each of four rules");
    }

    @Test
    void labelValuesAreEscapedAsTheSpecificationSaysAndReadBackAsWritten() throws Exception {
        String hostile = "b\"} 1\n# EOF\\x";
        String[] groups = CiFixtures.GROUP.clone();
        for (int i = 0; i < groups.length; i++) {
            groups[i] = groups[i].equals("b") ? hostile : groups[i];
        }
        EvaluationResult result = CiFixtures.evaluate(CiFixtures.predictions(dir, groups), BootstrapSettings.NONE,
                CiFixtures.TPR_DIFFERENCE);
        Path out = dir.resolve("out");
        CiFiles.write(result, out);
        String text = Files.readString(out.resolve(OpenMetricsText.NAME));

        assertTrue(text.contains("group=\"b\\\"} 1\\n# EOF\\\\x\""), text);
        Map<String, OpenMetricsParser.Family> families = OpenMetricsParser.parse(text);
        assertEquals(0.6, value(families.get("fairness_group_metric"), Map.of("label", "y", "group", hostile, "metric", "tpr")));
    }

    @Test
    void theReaderRefusesWhatTheSpecificationForbids() {
        String family = "# TYPE m gauge\n";
        assertThrows(IllegalArgumentException.class, () -> OpenMetricsParser.parse(family + "m 1\n"), "no # EOF");
        assertThrows(IllegalArgumentException.class, () -> OpenMetricsParser.parse(family + "m{a=\"x\"y\"} 1\n# EOF\n"));
        assertThrows(IllegalArgumentException.class, () -> OpenMetricsParser.parse(family + "m{a=\"x\"} zero\n# EOF\n"));
        assertThrows(IllegalArgumentException.class, () -> OpenMetricsParser.parse(family + "m 1\n\n# EOF\n"));
        assertThrows(IllegalArgumentException.class, () -> OpenMetricsParser.parse(family + "m 1\nm 2\n# EOF\n"));
        assertThrows(IllegalArgumentException.class,
                () -> OpenMetricsParser.parse(family + "m 1\n# TYPE n gauge\nn 1\n# TYPE m gauge\nm{a=\"1\"} 1\n# EOF\n"));
        assertThrows(IllegalArgumentException.class,
                () -> OpenMetricsParser.parse("# TYPE s stateset\ns{x=\"a\"} 1\n# EOF\n"), "a state without its label");
        assertEquals(1, OpenMetricsParser.parse(family + "m{a=\"x\\\"\\n\"} 1.5\n# EOF\n").get("m").samples().size());
    }
}

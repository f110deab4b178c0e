package dev.fairness.report.ci;

import dev.fairness.compare.ComparisonResult;
import dev.fairness.report.ComparisonFiles;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build against a baseline: its change rules are in every CI file as its absolute rules are (a JUnit test case per
 * change rule and label, a "Changes against the baseline" table in summary.md, the paired changes in metrics.txt),
 * and a violated change rule fails the files' verdict, as it fails the build.
 */
class ChangeRulesInCiFilesTest {
    private static final String REGRESSION = "Regression for label 'y', attribute 'group': TPR difference grew from "
            + "0.100 to 0.200 (+0.100, 95% CI ";

    @TempDir
    Path dir;

    private Path written() {
        ComparisonResult result = ChangeFixtures.regression(dir);
        Path out = dir.resolve("out");
        ComparisonFiles.write(result, out);
        return out;
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> cases(Document document) {
        NodeList nodes = document.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    @Test
    void eachChangeRuleAndLabelIsATestCaseValidAgainstSurefiresSchema() throws Exception {
        Path junit = written().resolve(JUnitReport.NAME);

        JUnitReportTest.surefireSchema().newValidator().validate(new StreamSource(junit.toFile()));
        Document document = xml(junit);
        Element suite = document.getDocumentElement();
        assertEquals(List.of("6", "1", "1"), List.of(suite.getAttribute("tests"), suite.getAttribute("failures"),
                suite.getAttribute("skipped")), "two absolute rules (met), four change cases: one violated, one undetermined");
        assertEquals(List.of("rule 1: selection rate difference by group for y ≤ 0.300",
                        "rule 2: selection rate difference by group for z ≤ 0.300",
                        "change 1: TPR difference by group for y, increase ≤ 0.050 against the baseline",
                        "change 2: selection rate of each group by group for y, decrease ≤ 0.500 against the baseline",
                        "change 3: TPR difference by group for z, increase ≤ 0.050 against the baseline",
                        "change 4: selection rate of each group by group for z, decrease ≤ 0.500 against the baseline"),
                cases(document).stream().map(c -> c.getAttribute("name")).toList());
    }

    @Test
    void aRegressionIsAFailureWithItsLineAndAnUndefinedChangeIsSkipped() throws Exception {
        List<Element> cases = cases(xml(written().resolve(JUnitReport.NAME)));

        Element regression = cases.get(2);
        assertEquals("fairness.candidate.y", regression.getAttribute("classname"));
        Element failure = (Element) regression.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith(REGRESSION), failure.getAttribute("message"));
        assertTrue(failure.getAttribute("message").endsWith("), but the allowed increase is 0.050"),
                failure.getAttribute("message"));
        assertEquals("fairness.RegressionAgainstBaseline", failure.getAttribute("type"));
        Element skipped = (Element) cases.get(4).getElementsByTagName("skipped").item(0);
        assertEquals("Change rule could not be evaluated for label 'z', attribute 'group': TPR difference is undefined "
                + "for the baseline and undefined for the candidate; an undefined value is never within a limit.",
                skipped.getAttribute("message"));
        String facts = regression.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(facts.startsWith("model: candidate\nlabel: y\nattribute: group\nmeasure: TPR difference\n"
                + "compares: gap\nbaseline: 0.100\nvalue: 0.200\nchange: +0.100\ninterval: 95% CI "), facts);
        assertTrue(facts.endsWith("\nallowed: increase of at most 0.050\ngateOn: point\nstatus: violated\n"), facts);
        String group = cases.get(3).getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(group.contains("\ncompares: group\ngroup: "), "a group rule names the group that decided it: " + group);
    }

    @Test
    void theSummaryListsTheRegressionAndTheChangesAgainstTheBaseline() throws Exception {
        Path summary = written().resolve(MarkdownSummary.NAME);
        String markdown = Files.readString(summary);
        Node document = MarkdownSummaryTest.parse(markdown);

        assertTrue(Files.size(summary) < MarkdownSummary.LIMIT);
        assertEquals("✗ Fairness checks not met", MarkdownSummaryTest.headings(document).get(0),
                "the absolute rules pass, but a change rule is violated");
        assertTrue(MarkdownSummaryTest.headings(document).contains("Changes against the baseline"),
                MarkdownSummaryTest.headings(document).toString());
        String violations = MarkdownSummaryTest.text(MarkdownSummaryTest.first(document, BulletList.class));
        assertTrue(violations.startsWith(REGRESSION), violations);
        List<List<String>> changes = MarkdownSummaryTest.tables(document).get(1);
        assertEquals(List.of("#", "Status", "Model", "Label", "Change rule", "Group", "Baseline", "New",
                "Change (CI)", "Allowed", "gateOn"), changes.get(0));
        assertEquals(List.of("1", "✗ violated", "candidate", "y", "TPR difference by group", "–", "0.100", "0.200"),
                changes.get(1).subList(0, 8));
        assertTrue(changes.get(1).get(8).matches("\\+0\\.100 \\([-+]\\d\\.\\d{3} to \\+\\d\\.\\d{3}\\)"),
                changes.get(1).get(8));
        assertEquals(List.of("increase ≤ 0.050", "point"), changes.get(1).subList(9, 11));
        assertEquals(List.of("3", "? undetermined", "candidate", "z", "TPR difference by group", "–", "n/a", "n/a",
                "n/a", "increase ≤ 0.050", "point"), changes.get(3), "undefined is never 0");
        assertEquals(5, changes.size(), "a header and four change cases");
        assertTrue(markdown.contains("4 of 6 rules met, 1 violated, 1 undetermined (2 absolute rules, 4 change rules "
                + "against the baseline)."), markdown);
    }

    @Test
    void thePairedChangesAreInTheMetricsAndTheVerdictCountsThem() throws Exception {
        Map<String, OpenMetricsParser.Family> families = OpenMetricsParser.parse(
                Files.readString(written().resolve(OpenMetricsText.NAME)));

        Map<String, String> change1 = Map.of("model", "candidate", "change", "1", "label", "y", "attribute", "group",
                "measure", "tpr", "compares", "gap", "gap", "difference", "direction", "increase", "gate_on", "point");
        assertEquals(0.1, OpenMetricsTextTest.value(families.get("fairness_change_baseline"), change1));
        assertEquals(0.2, OpenMetricsTextTest.value(families.get("fairness_change_value"), change1));
        assertEquals(0.1, OpenMetricsTextTest.value(families.get("fairness_change"), change1));
        assertTrue(OpenMetricsTextTest.value(families.get("fairness_change_lower"), change1) <= 0.1);
        assertTrue(OpenMetricsTextTest.value(families.get("fairness_change_upper"), change1) >= 0.1);
        assertEquals(0.05, OpenMetricsTextTest.value(families.get("fairness_change_allowed"), change1));
        OpenMetricsParser.Family status = families.get("fairness_change_status");
        assertEquals("stateset", status.type());
        assertEquals(1, OpenMetricsTextTest.value(status, Map.of("change", "1", "fairness_change_status", "violated")));
        assertEquals(1, OpenMetricsTextTest.value(status, Map.of("change", "3", "fairness_change_status", "undetermined")));
        assertTrue(families.get("fairness_change").samples().stream()
                .noneMatch(s -> s.labels().get("change").equals("3")), "an undefined change has no sample, never 0");
        assertEquals(0, OpenMetricsTextTest.value(families.get("fairness_verdict_passed"), Map.of()),
                "a violated change rule fails the verdict though every absolute rule is met");
    }
}

package dev.fairness.report.ci;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.metrics.BootstrapSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TEST-fairness.xml against the schema of Surefire's reports (the format Jenkins and GitLab read), validated with
 * {@code javax.xml.validation}, and read back: a test case per rule, violated as failure, undetermined as skipped.
 */
class JUnitReportTest {
    @TempDir
    Path dir;

    static Schema surefireSchema() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JUnitReportTest.class.getResource("surefire-test-report.xsd"));
    }

    private Path written(EvaluationResult result) {
        Path out = dir.resolve("out");
        CiFiles.write(result, out);
        return out.resolve(JUnitReport.NAME);
    }

    private static Document parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }

    @Test
    void theReportOfAFailingGateIsValidAgainstSurefiresSchema() throws Exception {
        Path xml = written(CiFixtures.fairlearn(dir));

        surefireSchema().newValidator().validate(new StreamSource(xml.toFile()));
        Element suite = parse(xml).getDocumentElement();
        assertEquals(List.of("fairness", "4", "1", "0", "1"), List.of(suite.getAttribute("name"),
                suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped")));
    }

    @Test
    void aViolatedRuleIsAFailureWithItsLogLineAndAnUndeterminedOneIsSkipped() throws Exception {
        NodeList cases = parse(written(CiFixtures.fairlearn(dir))).getElementsByTagName("testcase");

        assertEquals(4, cases.getLength());
        Element violated = (Element) cases.item(0);
        assertEquals("rule 1: TPR difference by group for y ≤ 0.100", violated.getAttribute("name"));
        assertEquals("fairness.predictions_csv.y", violated.getAttribute("classname"));
        Element failure = (Element) violated.getElementsByTagName("failure").item(0);
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.000–0.652), "
                + "but expected maximum is 0.100 ('b' 0.600, 'c' 0.400); inconclusive: the 95% CI straddles the "
                + "maximum, so this test set cannot decide the rule at its size; about 17 images per group would (the "
                + "smallest group, n = 4, scaled by (distance from the value to the CI bound beyond the limit 0.200 / "
                + "to the limit 0.100)²)", failure.getAttribute("message"));
        Element skipped = (Element) ((Element) cases.item(1)).getElementsByTagName("skipped").item(0);
        assertEquals("Rule undetermined for label 'z', attribute 'group': TPR difference is undefined (fewer than 2 "
                + "groups with a defined value (0 of 0))", skipped.getAttribute("message"));
        Element met = (Element) cases.item(2);
        assertEquals(0, met.getElementsByTagName("failure").getLength() + met.getElementsByTagName("skipped").getLength());
        assertEquals("model: predictions.csv\nlabel: y\nattribute: group\nmeasure: selection rate difference\n"
                + "value: 0.250\ninterval: 95% CI 0.000–0.678\nlimit: maximum 0.300\ngateOn: point\n"
                + "decision: withinLimit (value 0.250)\nonMissing: warn\nstatus: passed\n",
                met.getElementsByTagName("system-out").item(0).getTextContent());
    }

    @Test
    void eachRulesValueIntervalLimitAndGateOnAreSuiteProperties() throws Exception {
        Map<String, String> properties = properties(parse(written(CiFixtures.fairlearn(dir))));

        assertEquals("1.2.3", properties.get("fairness.plugin.version"));
        Map<String, String> rule1 = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith("rule.1.")) {
                rule1.put(name.substring("rule.1.".length()), value);
            }
        });
        assertEquals(Map.ofEntries(Map.entry("model", "predictions.csv"), Map.entry("label", "y"),
                Map.entry("attribute", "group"), Map.entry("measure", "TPR difference"), Map.entry("value", "0.200"),
                Map.entry("interval", "95% CI 0.000–0.652"), Map.entry("limit", "maximum 0.100"),
                Map.entry("gateOn", "point"), Map.entry("decision", "beyondLimit (value 0.200)"),
                Map.entry("onMissing", "warn"), Map.entry("status", "violated")), rule1);
        assertEquals("n/a (fewer than 2 groups with a defined value (0 of 0))", properties.get("rule.2.value"),
                "undefined is never 0");
    }

    @Test
    void controlCharactersInGroupNamesAreMadeVisibleSoTheFileStaysValidXml() throws Exception {
        String[] groups = CiFixtures.GROUP.clone();
        for (int i = 0; i < groups.length; i++) {
            groups[i] = groups[i].equals("b") ? "b\u0001<&>\"\u001b[31m\uFFFF" : groups[i];
        }
        Path xml = written(CiFixtures.evaluate(CiFixtures.predictions(dir, groups), BootstrapSettings.NONE,
                CiFixtures.TPR_DIFFERENCE));

        surefireSchema().newValidator().validate(new StreamSource(xml.toFile()));
        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("('b\\u0001<&>\"\\u001b[31m\\uffff' 0.600, 'c' 0.400)"),
                failure.getAttribute("message"));
    }

    @Test
    void aBuildAgainstABaselineWithItsChangeCasesIsValidAgainstSurefiresSchema() throws Exception {
        Path out = dir.resolve("comparison");
        dev.fairness.report.ComparisonFiles.write(ChangeFixtures.regression(dir), out);
        Path xml = out.resolve(JUnitReport.NAME);

        surefireSchema().newValidator().validate(new StreamSource(xml.toFile()));
        Element suite = parse(xml).getDocumentElement();
        assertEquals(List.of("6", "1", "1"), List.of(suite.getAttribute("tests"), suite.getAttribute("failures"),
                suite.getAttribute("skipped")), "two rules and four change cases (ChangeRulesInCiFilesTest)");
        assertEquals("candidate", properties(parse(xml)).get("change.1.model"));
    }

    @Test
    void theSchemaRejectsASuiteWithoutItsCounts() throws Exception {
        // the validation can fail: a suite lacking the counts Jenkins reads is refused
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<testsuite name=\"fairness\"><testcase name=\"x\" time=\"0\"/></testsuite>");

        SAXException e = assertThrows(SAXException.class,
                () -> surefireSchema().newValidator().validate(new StreamSource(bad.toFile())));
        assertTrue(e.getMessage().contains("tests"), e.getMessage());
    }

    private static Map<String, String> properties(Document document) {
        NodeList nodes = document.getElementsByTagName("property");
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element p = (Element) nodes.item(i);
            names.add(p.getAttribute("name"));
            properties.put(p.getAttribute("name"), p.getAttribute("value"));
        }
        assertEquals(names.size(), properties.size(), "property names are unique: " + names);
        return properties;
    }
}

package dev.fairness.report.ci;

import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleStatus;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * {@code TEST-fairness.xml}: the rules as JUnit test results, in the Surefire report format that Jenkins
 * ({@code junit}) and GitLab ({@code artifacts:reports:junit}) read. One test case per rule and model: a violated
 * rule is a {@code failure} whose message is the rule's log line, an undetermined rule is {@code skipped} with its
 * line, a met rule passes. The schema allows properties only on the suite, so each rule's facts (value, interval,
 * limit, gateOn, ...) are suite properties named {@code rule.<n>.<fact>} and, for reading in the CI's test view,
 * the test case's {@code system-out}.
 */
public final class JUnitReport {
    public static final String NAME = "TEST-fairness.xml";
    static final String SUITE = "fairness";

    private JUnitReport() {
    }

    /** Writes the suite of {@code cases}; {@code timestamp} is when the evaluation ran. */
    static void write(List<RuleCase> cases, Instant timestamp, String pluginVersion, OutputStream out)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(count(cases, RuleStatus.VIOLATED)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(count(cases, RuleStatus.UNDETERMINED)));
            xml.writeAttribute("time", "0");
            xml.writeAttribute("timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
            properties(xml, cases, pluginVersion);
            for (RuleCase c : cases) {
                testCase(xml, c);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + NAME + ": " + e.getMessage(), e);
        }
    }

    private static long count(List<RuleCase> cases, RuleStatus status) {
        return cases.stream().filter(c -> c.status() == status).count();
    }

    private static void properties(XMLStreamWriter xml, List<RuleCase> cases, String pluginVersion)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "fairness.plugin.version", pluginVersion);
        for (RuleCase c : cases) {
            for (Map.Entry<String, String> fact : RuleFacts.of(c).entrySet()) {
                property(xml, "rule." + c.number() + "." + fact.getKey(), fact.getValue());
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", XmlText.value(value));
    }

    private static void testCase(XMLStreamWriter xml, RuleCase c) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", XmlText.value("rule " + c.number() + ": " + c.title()));
        xml.writeAttribute("classname", className(c));
        xml.writeAttribute("time", "0");
        String line = RuleMessages.outcome(c.result());
        if (c.status() == RuleStatus.VIOLATED) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", XmlText.value(line));
            xml.writeAttribute("type", "fairness.RuleViolated");
            xml.writeCharacters(XmlText.value(line) + "\n");
            xml.writeEndElement();
        } else if (c.status() == RuleStatus.UNDETERMINED) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", XmlText.value(line));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(XmlText.lines(RuleFacts.of(c).entrySet().stream()
                .map(f -> f.getKey() + ": " + f.getValue()).toList()));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /**
     * {@code fairness.model_onnx.Effusion}: Jenkins splits a class name at its dots into package and class, so the
     * dots of a file or label name become underscores there (the test case's name and output keep them).
     */
    static String className(RuleCase c) {
        return SUITE + "." + segment(c.model()) + "." + segment(c.result().label());
    }

    private static String segment(String name) {
        return XmlText.value(name).replace('.', '_');
    }
}

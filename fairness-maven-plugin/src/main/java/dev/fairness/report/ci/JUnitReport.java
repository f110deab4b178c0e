package dev.fairness.report.ci;

import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleStatus;
import dev.fairness.report.UtcTimestamp;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code TEST-fairness.xml}: the rules as JUnit test results, in the Surefire report format that Jenkins
 * ({@code junit}) and GitLab ({@code artifacts:reports:junit}) read. One test case per rule and model: a violated
 * rule is a {@code failure} whose message is the rule's log line, an undetermined rule is {@code skipped} with its
 * line, a met rule passes. The schema allows properties only on the suite, so each rule's facts (value, interval,
 * limit, gateOn, ...) are suite properties named {@code rule.<n>.<fact>} and, for reading in the CI's test view,
 * the test case's {@code system-out}. A build against a baseline adds one test case per change rule and label after
 * them ({@link ChangeCase}: a regression is a {@code failure} with its regression line, an undefined change is
 * {@code skipped}), with facts named {@code change.<n>.<fact>}.
 */
public final class JUnitReport {
    public static final String NAME = "TEST-fairness.xml";
    static final String SUITE = "fairness";

    private JUnitReport() {
    }

    /** Writes the suite of {@code cases}; {@code timestamp} is when the evaluation ran. */
    static void write(List<RuleCase> cases, Instant timestamp, String pluginVersion, OutputStream out)
            throws IOException {
        write(cases, List.of(), timestamp, pluginVersion, out);
    }

    /** Writes the suite of the rule cases, then the change cases. */
    static void write(List<RuleCase> cases, List<ChangeCase> changes, Instant timestamp, String pluginVersion,
                      OutputStream out) throws IOException {
        try {
            // The JDK's own StAX writer: newDefaultFactory skips the service look-up over the plugin realm's jars.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            suite(xml, cases, changes, timestamp, pluginVersion);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write " + NAME + ": " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, List<RuleCase> cases, List<ChangeCase> changes, Instant timestamp,
                              String pluginVersion) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", SUITE);
        xml.writeAttribute("tests", Integer.toString(cases.size() + changes.size()));
        xml.writeAttribute("failures", Long.toString(count(cases, RuleStatus.VIOLATED)
                + changes.stream().filter(c -> c.status() == RuleStatus.VIOLATED).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(count(cases, RuleStatus.UNDETERMINED)
                + changes.stream().filter(c -> c.status() == RuleStatus.UNDETERMINED).count()));
        xml.writeAttribute("time", "0");
        xml.writeAttribute("timestamp", UtcTimestamp.isoSeconds(timestamp));
        properties(xml, cases, changes, pluginVersion);
        for (RuleCase c : cases) {
            testCase(xml, "rule " + c.number() + ": " + c.title(), className(c.model(), c.result().label()),
                    c.status(), RuleMessages.outcome(c.result()), "fairness.RuleViolated", RuleFacts.of(c));
        }
        for (ChangeCase c : changes) {
            testCase(xml, "change " + c.number() + ": " + c.title(), className(c.result().model(),
                            c.result().label()), c.status(), c.result().message(),
                    "fairness.RegressionAgainstBaseline", ChangeFacts.of(c));
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private static long count(List<RuleCase> cases, RuleStatus status) {
        return cases.stream().filter(c -> c.status() == status).count();
    }

    private static void properties(XMLStreamWriter xml, List<RuleCase> cases, List<ChangeCase> changes,
                                   String pluginVersion) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "fairness.plugin.version", pluginVersion);
        for (RuleCase c : cases) {
            for (Map.Entry<String, String> fact : RuleFacts.of(c).entrySet()) {
                property(xml, "rule." + c.number() + "." + fact.getKey(), fact.getValue());
            }
        }
        for (ChangeCase c : changes) {
            for (Map.Entry<String, String> fact : ChangeFacts.of(c).entrySet()) {
                property(xml, "change." + c.number() + "." + fact.getKey(), fact.getValue());
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

    /** One test case: passed, a {@code failure} (violated) or {@code skipped} (undetermined), with its facts. */
    private static void testCase(XMLStreamWriter xml, String name, String className, RuleStatus status, String line,
                                 String failureType, Map<String, String> facts) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", XmlText.value(name));
        xml.writeAttribute("classname", className);
        xml.writeAttribute("time", "0");
        if (status == RuleStatus.VIOLATED) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", XmlText.value(line));
            xml.writeAttribute("type", failureType);
            xml.writeCharacters(XmlText.value(line) + "\n");
            xml.writeEndElement();
        } else if (status == RuleStatus.UNDETERMINED) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", XmlText.value(line));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(XmlText.lines(facts.entrySet().stream().map(f -> f.getKey() + ": " + f.getValue()).toList()));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /**
     * {@code fairness.model_onnx.Effusion}: Jenkins splits a class name at its dots into package and class, so the
     * dots of a file or label name become underscores there (the test case's name and output keep them).
     */
    static String className(String model, String label) {
        return SUITE + "." + segment(model) + "." + segment(label);
    }

    private static String segment(String name) {
        return XmlText.value(name).replace('.', '_');
    }
}

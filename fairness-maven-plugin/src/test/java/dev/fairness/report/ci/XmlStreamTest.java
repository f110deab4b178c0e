package dev.fairness.report.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * TEST-fairness.xml without the JDK's StAX writer is the same bytes as with it: the same calls made on both, with
 * the text a rule's line, a group name or a file name can carry (already made XML-legal by {@link XmlText}).
 */
class XmlStreamTest {
    private static final List<String> TEXTS = List.of("", "plain", "a & b < c > d \"quoted\" 'single'",
            "]]> &amp; &#x41; <![CDATA[x]]>", "tab\tline\nreturn\r end", "é ü ß ✓ – ∞", "𝛼 😀 pairs",
            "\\u001b visible escape", "Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.200");

    @Test
    void everyCallJUnitReportMakesWritesTheBytesOfTheJdksStaxWriter() throws Exception {
        for (String text : TEXTS) {
            ByteArrayOutputStream jdk = new ByteArrayOutputStream();
            XMLStreamWriter stax = XMLOutputFactory.newFactory().createXMLStreamWriter(jdk, "UTF-8");
            writeReport(new Calls() {
                public void startDocument() throws Exception { stax.writeStartDocument("UTF-8", "1.0"); }
                public void characters(String t) throws Exception { stax.writeCharacters(t); }
                public void start(String name) throws Exception { stax.writeStartElement(name); }
                public void empty(String name) throws Exception { stax.writeEmptyElement(name); }
                public void attribute(String name, String value) throws Exception { stax.writeAttribute(name, value); }
                public void end() throws Exception { stax.writeEndElement(); }
            }, text);
            stax.writeEndDocument();
            stax.flush();
            stax.close();

            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            XmlStream xml = new XmlStream(ours);
            writeReport(new Calls() {
                public void startDocument() { xml.writeStartDocument("UTF-8", "1.0"); }
                public void characters(String t) { xml.writeCharacters(t); }
                public void start(String name) { xml.writeStartElement(name); }
                public void empty(String name) { xml.writeEmptyElement(name); }
                public void attribute(String name, String value) { xml.writeAttribute(name, value); }
                public void end() { xml.writeEndElement(); }
            }, text);
            xml.flush();

            assertEquals(jdk.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8), text);
        }
    }

    /** The writer calls both sides receive. */
    private interface Calls {
        void startDocument() throws Exception;

        void characters(String text) throws Exception;

        void start(String name) throws Exception;

        void empty(String name) throws Exception;

        void attribute(String name, String value) throws Exception;

        void end() throws Exception;
    }

    /** The calls JUnitReport makes, with {@code text} wherever a report carries text. */
    private static void writeReport(Calls xml, String text) throws Exception {
        xml.startDocument();
        xml.characters("\n");
        xml.start("testsuite");
        xml.attribute("name", text);
        xml.characters("\n  ");
        xml.start("properties");
        xml.characters("\n    ");
        xml.empty("property");
        xml.attribute("name", "rule.1.title");
        xml.attribute("value", text);
        xml.characters("\n  ");
        xml.end();
        xml.characters("\n  ");
        xml.start("testcase");
        xml.characters("\n    ");
        xml.start("skipped");
        xml.attribute("message", text);
        xml.end();
        xml.start("failure");
        xml.attribute("message", text);
        xml.characters(text + "\n");
        xml.end();
        xml.start("system-out");
        xml.characters(text);
        xml.end();
        xml.end();
        xml.characters("\n");
        xml.end();
        xml.characters("\n");
    }
}

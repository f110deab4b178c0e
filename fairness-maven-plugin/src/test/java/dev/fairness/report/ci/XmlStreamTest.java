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
            stax.writeStartDocument("UTF-8", "1.0");
            stax.writeCharacters("\n");
            stax.writeStartElement("testsuite");
            stax.writeAttribute("name", text);
            stax.writeCharacters("\n  ");
            stax.writeStartElement("properties");
            stax.writeCharacters("\n    ");
            stax.writeEmptyElement("property");
            stax.writeAttribute("name", "rule.1.title");
            stax.writeAttribute("value", text);
            stax.writeCharacters("\n  ");
            stax.writeEndElement();
            stax.writeCharacters("\n  ");
            stax.writeStartElement("testcase");
            stax.writeCharacters("\n    ");
            stax.writeStartElement("skipped");
            stax.writeAttribute("message", text);
            stax.writeEndElement();
            stax.writeStartElement("failure");
            stax.writeAttribute("message", text);
            stax.writeCharacters(text + "\n");
            stax.writeEndElement();
            stax.writeStartElement("system-out");
            stax.writeCharacters(text);
            stax.writeEndElement();
            stax.writeEndElement();
            stax.writeCharacters("\n");
            stax.writeEndElement();
            stax.writeCharacters("\n");
            stax.writeEndDocument();
            stax.flush();
            stax.close();

            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            XmlStream xml = new XmlStream(ours);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", text);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "rule.1.title");
            xml.writeAttribute("value", text);
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testcase");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", text);
            xml.writeEndElement();
            xml.writeStartElement("failure");
            xml.writeAttribute("message", text);
            xml.writeCharacters(text + "\n");
            xml.writeEndElement();
            xml.writeStartElement("system-out");
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.flush();

            assertEquals(jdk.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8), text);
        }
    }
}

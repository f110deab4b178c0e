package dev.fairness.report.ci;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The few StAX calls {@link JUnitReport} makes, writing the same bytes as the JDK's {@code XMLStreamWriter} for UTF-8
 * ({@code XmlStreamTest} compares them): a start tag stays open for attributes until the next event closes it; text
 * escapes {@code & < >}, attribute values also {@code "}. Looking up and loading the JDK's StAX implementation cost
 * a cold build about 0.15 s of CPU for this one small file.
 */
final class XmlStream {
    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(4096);
    /** The start tag written last and not yet closed, or null. */
    private String openTag;
    private boolean openTagIsEmpty;
    /** The elements started and not yet ended, innermost first. */
    private final Deque<String> elements = new ArrayDeque<>();

    XmlStream(OutputStream out) {
        this.out = out;
    }

    void writeStartDocument(String encoding, String version) {
        text.append("<?xml version=\"").append(version).append("\" encoding=\"").append(encoding).append("\"?>");
    }

    void writeStartElement(String name) {
        closeStartTag();
        text.append('<').append(name);
        openTag = name;
        openTagIsEmpty = false;
        elements.push(name);
    }

    void writeEmptyElement(String name) {
        closeStartTag();
        text.append('<').append(name);
        openTag = name;
        openTagIsEmpty = true;
    }

    void writeAttribute(String name, String value) {
        if (openTag == null) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        text.append(' ').append(name).append("=\"");
        escape(value, true);
        text.append('"');
    }

    void writeCharacters(String characters) {
        closeStartTag();
        escape(characters, false);
    }

    void writeEndElement() {
        closeStartTag();
        text.append("</").append(elements.pop()).append('>');
    }

    /** Writes what is buffered, as UTF-8, and leaves the stream open (as {@code XMLStreamWriter.close} does). */
    void flush() throws IOException {
        closeStartTag();
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
        out.flush();
    }

    private void closeStartTag() {
        if (openTag != null) {
            text.append(openTagIsEmpty ? "/>" : ">");
            openTag = null;
        }
    }

    private void escape(String value, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> text.append("&amp;");
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                case '"' -> text.append(attribute ? "&quot;" : "\"");
                default -> text.append(c);
            }
        }
    }
}

package dev.fairness.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes a JSON tree (fairness.json) byte for byte as Jackson's {@code ObjectMapper} with {@code INDENT_OUTPUT}
 * writes it — the same generator, pretty printer, escaping and number text — but with jackson-core's generator
 * alone: a cold build spent about 0.3 s (up to 0.9 s on a busy machine) and 300 classes creating an
 * {@code ObjectMapper} for this one file ({@code PrettyJsonTest} compares the two).
 */
public final class PrettyJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PrettyJson() {
    }

    /** Writes {@code tree} to {@code out} and closes it, as {@code ObjectMapper.writeValue} does. */
    public static void write(JsonNode tree, OutputStream out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            generator.setPrettyPrinter(new DefaultPrettyPrinter());
            write(tree, generator);
        }
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    write(field.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(element, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> number(node, out);
            default -> throw new IllegalArgumentException("a JSON result file holds no " + node.getNodeType() + " node");
        }
    }

    /** Each number as its node holds it: an int as an int, a double by Java's shortest repr, as Jackson writes them. */
    private static void number(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.numberType()) {
            case INT -> out.writeNumber(node.intValue());
            case LONG -> out.writeNumber(node.longValue());
            case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
            case FLOAT -> out.writeNumber(node.floatValue());
            case DOUBLE -> out.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
            default -> throw new IllegalArgumentException("a JSON result file holds no " + node.numberType() + " number");
        }
    }
}

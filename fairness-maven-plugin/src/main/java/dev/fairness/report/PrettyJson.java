package dev.fairness.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree (fairness.json) byte for byte as Jackson's {@code ObjectMapper} with {@code INDENT_OUTPUT}
 * writes it — its default pretty printer (objects one entry a line, indented by two spaces, {@code "name" : value};
 * arrays on one line, {@code [ a, b ]}; empty ones {@code { }} and {@code [ ]}), its escaping and its number text
 * ({@code PrettyJsonTest} compares the two) — with no Jackson generator: on a cold JVM, loading jackson-core's
 * generator, factory and pretty printer (about 70 classes) cost more than 0.1 s of CPU for this one small file.
 */
public final class PrettyJson {
    private static final String LINE_END = System.lineSeparator(); // Jackson's default indenter's line end
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PrettyJson() {
    }

    /** Writes {@code tree} to {@code out} and closes it, as {@code ObjectMapper.writeValue} does. */
    public static void write(JsonNode tree, OutputStream out) throws IOException {
        try (out) {
            StringBuilder text = new StringBuilder(1 << 16);
            value(tree, 0, text);
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One value; {@code depth} is the number of objects around it (arrays stay on one line and add none). */
    private static void value(JsonNode node, int depth, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> object(node, depth, out);
            case ARRAY -> array(node, depth, out);
            case STRING -> string(node.textValue(), out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            case NUMBER -> number(node, out);
            default -> throw new IllegalArgumentException("a JSON result file holds no " + node.getNodeType() + " node");
        }
    }

    private static void object(JsonNode node, int depth, StringBuilder out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        if (!fields.hasNext()) {
            out.append("{ }");
            return;
        }
        out.append('{');
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            indent(depth + 1, out);
            string(field.getKey(), out);
            out.append(" : ");
            value(field.getValue(), depth + 1, out);
            if (fields.hasNext()) {
                out.append(',');
            }
        }
        indent(depth, out);
        out.append('}');
    }

    private static void array(JsonNode node, int depth, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("[ ]");
            return;
        }
        out.append("[ ");
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            value(node.get(i), depth, out);
        }
        out.append(" ]");
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(LINE_END);
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /**
     * A quoted string, escaped as Jackson escapes it: a quote and a backslash with a backslash, the control characters
     * as backslash and {@code b t n f r}, the other control characters and each half of a surrogate pair (a character
     * beyond U+FFFF) as backslash, {@code u} and four upper-case hex digits; everything else, {@code /} and other
     * non-ASCII included, as it is.
     */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Each number as its node holds it and Jackson writes it: integers in decimal, a double or float by Java's
     * shortest text, NaN and the infinities as strings, a decimal as its {@code toString}.
     */
    private static void number(JsonNode node, StringBuilder out) {
        if (node.isDouble() || node.isFloat()) {
            double d = node.doubleValue();
            String text = node.isFloat() ? Float.toString(node.floatValue()) : Double.toString(d);
            if (Double.isFinite(d)) {
                out.append(text);
            } else {
                string(text, out);
            }
        } else if (node.isInt()) {
            out.append(node.intValue());
        } else if (node.isLong()) {
            out.append(node.longValue());
        } else if (node.isBigInteger()) {
            out.append(node.bigIntegerValue());
        } else if (node.isBigDecimal()) {
            out.append(node.decimalValue().toString());
        } else {
            throw new IllegalArgumentException("a JSON result file holds no number like " + node);
        }
    }
}

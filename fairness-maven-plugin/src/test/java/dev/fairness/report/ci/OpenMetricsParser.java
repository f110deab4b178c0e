package dev.fairness.report.ci;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the OpenMetrics 1.0 text format, written from the specification's ABNF (no parser of it is on
 * Maven Central): descriptor and sample lines, label value escapes, numbers, {@code # EOF} last, and the rules on
 * top of the grammar that a writer must keep: a family's lines together and described once, a gauge's samples named
 * as their family, a state set's samples carrying a label named as the family with the value 0 or 1, no two samples
 * of a family with the same labels. Anything else is an {@link IllegalArgumentException} naming the line.
 */
final class OpenMetricsParser {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern DESCRIPTOR = Pattern.compile("# (TYPE|HELP|UNIT) (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("counter|gauge|histogram|gaugehistogram|stateset|info|summary|unknown");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{.*})? (\\S+)( \\S+)?");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?(?i:inf|infinity)|(?i:nan)");

    record Sample(Map<String, String> labels, double value) {
    }

    record Family(String name, String type, String help, List<Sample> samples) {
    }

    private OpenMetricsParser() {
    }

    static Map<String, Family> parse(String text) {
        if (!text.endsWith("# EOF\n") && !text.endsWith("# EOF")) {
            throw new IllegalArgumentException("the exposition does not end with # EOF");
        }
        String[] lines = text.split("\n", -1);
        int last = text.endsWith("\n") ? lines.length - 2 : lines.length - 1;
        Map<String, Family> families = new LinkedHashMap<>();
        Family current = null;
        Set<Map<String, String>> seen = new HashSet<>();
        for (int i = 0; i < last; i++) {
            String line = lines[i];
            Matcher d = DESCRIPTOR.matcher(line);
            if (d.matches()) {
                String name = d.group(2);
                if (current == null || !current.name().equals(name)) {
                    if (families.containsKey(name)) {
                        throw error(i, line, "family " + name + " appears twice");
                    }
                    if (current != null && current.type() == null) {
                        throw error(i, line, "family " + current.name() + " has no TYPE");
                    }
                    current = new Family(name, null, null, new ArrayList<>());
                    families.put(name, current);
                    seen.clear();
                } else if (!current.samples().isEmpty()) {
                    throw error(i, line, "a descriptor after the family's samples");
                }
                switch (d.group(1)) {
                    case "TYPE" -> {
                        if (current.type() != null || !TYPE.matcher(d.group(3)).matches()) {
                            throw error(i, line, "a second or unknown TYPE");
                        }
                        current = new Family(name, d.group(3), current.help(), current.samples());
                    }
                    case "HELP" -> {
                        if (current.help() != null) {
                            throw error(i, line, "a second HELP");
                        }
                        current = new Family(name, current.type(), unescape(d.group(3), i, line), current.samples());
                    }
                    default -> {
                    }
                }
                families.put(name, current);
                continue;
            }
            if (line.startsWith("#") || line.isEmpty()) {
                throw error(i, line, "neither a descriptor nor a sample (blank lines and other comments are not allowed)");
            }
            Matcher s = SAMPLE.matcher(line);
            if (!s.matches()) {
                throw error(i, line, "not a sample line");
            }
            if (current == null || !s.group(1).equals(current.name())) {
                throw error(i, line, "sample " + s.group(1) + " outside its family's lines");
            }
            if (!NUMBER.matcher(s.group(3)).matches()) {
                throw error(i, line, "not a number: " + s.group(3));
            }
            Map<String, String> labels = s.group(2) == null ? Map.of() : labels(s.group(2), i, line);
            double value = Double.parseDouble(s.group(3).replaceAll("(?i)infinity|inf", "Infinity"));
            if ("stateset".equals(current.type())) {
                if (!labels.containsKey(current.name()) || (value != 0 && value != 1)) {
                    throw error(i, line, "a state set sample needs the label " + current.name() + " and 0 or 1");
                }
            }
            if (!seen.add(labels)) {
                throw error(i, line, "the same labels twice in family " + current.name());
            }
            current.samples().add(new Sample(labels, value));
        }
        return families;
    }

    /** {@code {a="x",b="y"}}: names, then values with the escapes {@code \\}, {@code \"} and {@code \n} undone. */
    private static Map<String, String> labels(String text, int i, String line) {
        Map<String, String> labels = new LinkedHashMap<>();
        int p = 1;
        while (p < text.length() - 1) {
            int eq = text.indexOf('=', p);
            if (eq < 0 || !LABEL_NAME.matcher(text.substring(p, eq)).matches() || text.charAt(eq + 1) != '"') {
                throw error(i, line, "a label must be name=\"value\"");
            }
            String name = text.substring(p, eq);
            StringBuilder value = new StringBuilder();
            int q = eq + 2;
            for (; q < text.length(); q++) {
                char c = text.charAt(q);
                if (c == '\\') {
                    char next = text.charAt(++q);
                    switch (next) {
                        case '\\' -> value.append('\\');
                        case '"' -> value.append('"');
                        case 'n' -> value.append('\n');
                        default -> throw error(i, line, "an unknown escape \\" + next);
                    }
                } else if (c == '"') {
                    break;
                } else if (c == '\n') {
                    throw error(i, line, "a line feed in a label value");
                } else {
                    value.append(c);
                }
            }
            if (labels.put(name, value.toString()) != null) {
                throw error(i, line, "the label " + name + " twice");
            }
            p = q + 1;
            if (p < text.length() - 1) {
                if (text.charAt(p) != ',') {
                    throw error(i, line, "labels must be separated by commas");
                }
                p++;
            }
        }
        return labels;
    }

    private static String unescape(String text, int i, String line) {
        return labels("{h=\"" + text + "\"}", i, line).get("h");
    }

    private static IllegalArgumentException error(int index, String line, String what) {
        return new IllegalArgumentException("line " + (index + 1) + ": " + what + ": " + line);
    }
}

package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.engine.Groupings;
import dev.fairness.groups.AttributeSpec;
import dev.fairness.groups.GroupingBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads how rows are grouped: {@code <attributes>}, {@code <bins>}, {@code <intersections>} and the minimum group
 * size and class count. A {@code <bins>} entry must name an attribute that is grouped.
 */
final class GroupingsReader {
    private GroupingsReader() {
    }

    static Groupings read(Configuration c) {
        List<String> attributes = attributes(list(c.attributes));
        List<String> intersections = list(c.intersections);
        Map<String, AttributeSpec> bins = bins(c.bins, groupedAttributes(attributes, intersections, list(c.rules)));
        NumberParameters.zeroOrMore("<minGroupSize>", c.minGroupSize, "no minimum", "a number of samples such as 30");
        NumberParameters.zeroOrMore("<minClassCount>", c.minClassCount, "no minimum", "a number of cases such as 10");
        return new Groupings(attributes, bins, intersections, c.minGroupSize, c.minClassCount);
    }

    /** Trimmed, each once: the manifest path reads each column once, and the predictions path must agree. */
    private static List<String> attributes(List<String> configured) {
        Set<String> seen = new LinkedHashSet<>();
        for (String attribute : configured) {
            if (!seen.add(attribute.trim())) {
                throw new InputException("Invalid <attributes>: '" + attribute.trim() + "' is listed twice. List each "
                        + "attribute column once.");
            }
        }
        return new ArrayList<>(seen);
    }

    /** The attributes a grouping uses: listed, part of an intersection, or named by a rule. */
    private static Set<String> groupedAttributes(List<String> attributes, List<String> intersections,
                                                 List<RuleConfiguration> rules) {
        Set<String> names = new LinkedHashSet<>();
        for (String attribute : attributes) {
            names.add(attribute.trim());
        }
        for (String intersection : intersections) {
            names.addAll(GroupingBuilder.splitIntersection(intersection));
        }
        for (RuleConfiguration rule : rules) {
            if (rule.attribute != null && !rule.attribute.isBlank()) { // a rule without one: RulesReader says so
                names.addAll(GroupingBuilder.splitIntersection(rule.attribute));
            }
        }
        return names;
    }

    private static Map<String, AttributeSpec> bins(Map<String, String> bins, Set<String> attributes) {
        Map<String, AttributeSpec> specs = new LinkedHashMap<>();
        if (bins == null) {
            return specs;
        }
        for (Map.Entry<String, String> e : bins.entrySet()) {
            if (!attributes.contains(e.getKey())) {
                throw new InputException("<bins><" + e.getKey() + "> names no attribute. The attributes are "
                        + (attributes.isEmpty() ? "none" : String.join(", ", attributes)) + " (names are "
                        + "case-sensitive). Rename it to the attribute whose values it bins, or add '" + e.getKey()
                        + "' to <attributes>.");
            }
            specs.put(e.getKey(), new AttributeSpec(e.getKey(), edges(e.getKey(), e.getValue())));
        }
        return specs;
    }

    private static List<Double> edges(String attribute, String text) {
        InputException bad = new InputException("<bins><" + attribute + "> must be increasing numbers separated by "
                + "commas, e.g. 0,20,40,60,80; found '" + text + "'.");
        List<Double> edges = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            double edge;
            try {
                edge = Double.parseDouble(part.trim());
            } catch (NumberFormatException e) {
                throw bad;
            }
            if (!Double.isFinite(edge) || !edges.isEmpty() && edge <= edges.get(edges.size() - 1)) {
                throw bad;
            }
            edges.add(edge);
        }
        return edges;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}

package dev.fairness.maven;

import dev.fairness.gate.Gate;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.groups.GroupingBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the pom's {@code <rule>} elements into the engine's rules, canonicalising intersection names. The rule's
 * own structure (one limit, a reference for {@code toReference}, ...) is checked where a rule is made; the numbers,
 * and whether a rule's {@code <gateOn>} has the intervals it needs, are checked here.
 */
final class RulesReader {
    private RulesReader() {
    }

    /** @param intervalsComputed whether the bootstrap is on, so that a rule may gate on an interval */
    static List<Rule> read(List<RuleConfiguration> rules, boolean intervalsComputed) {
        List<Rule> out = new ArrayList<>();
        for (RuleConfiguration r : rules) {
            String grouping = r.attribute == null || r.attribute.isBlank() ? r.attribute
                    : String.join(GroupingBuilder.INTERSECTION, GroupingBuilder.splitIntersection(r.attribute));
            Measure measure = Measure.parse(r.metric);
            String name = "the " + measure.id()
                    + (grouping == null || grouping.isBlank() ? "" : "/" + grouping.toLowerCase(Locale.ROOT)) + " rule";
            if (r.maximum != null) {
                NumberParameters.finite("<maximum> of " + name, r.maximum, "0.1");
            }
            if (r.minimum != null) {
                NumberParameters.finite("<minimum> of " + name, r.minimum, "0.8");
            }
            Rule rule = new Rule(measure, grouping, blankToNull(r.label), Rule.parseGap(r.gap),
                    blankToNull(r.reference), r.maximum, r.minimum, MissingPolicy.parse(r.onMissing),
                    GateOn.parse(r.gateOn), r.minClassCount);
            if (rule.gateOn().usesInterval() && !intervalsComputed) {
                throw Gate.intervalsOff(rule);
            }
            out.add(rule);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

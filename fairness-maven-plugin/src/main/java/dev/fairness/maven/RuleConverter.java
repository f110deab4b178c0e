package dev.fairness.maven;

import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.groups.GroupingBuilder;

import java.util.ArrayList;
import java.util.List;

/** Turns the pom's {@code <rule>} elements into the engine's rules, canonicalising intersection names. */
final class RuleConverter {
    private RuleConverter() {
    }

    static List<dev.fairness.gate.Rule> convert(List<Rule> rules) {
        List<dev.fairness.gate.Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            String grouping = r.attribute == null || r.attribute.isBlank() ? r.attribute
                    : String.join(GroupingBuilder.INTERSECTION, GroupingBuilder.splitIntersection(r.attribute));
            out.add(new dev.fairness.gate.Rule(Measure.parse(r.metric), grouping, blankToNull(r.label),
                    dev.fairness.gate.Rule.parseGap(r.gap), blankToNull(r.reference), r.maximum, r.minimum,
                    MissingPolicy.parse(r.onMissing), GateOn.parse(r.gateOn), r.minClassCount));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

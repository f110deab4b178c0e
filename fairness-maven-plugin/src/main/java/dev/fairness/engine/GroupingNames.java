package dev.fairness.engine;

import dev.fairness.gate.Rule;
import dev.fairness.groups.GroupingBuilder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The groupings an evaluation builds, and the attribute columns they need. */
final class GroupingNames {
    private GroupingNames() {
    }

    /** Attributes, then intersections, then whatever the rules name, each once and in canonical form. */
    static List<String> of(EvaluationSpec spec) {
        Set<String> names = new LinkedHashSet<>(spec.groupings().attributes());
        for (String intersection : spec.groupings().intersections()) {
            names.add(String.join(GroupingBuilder.INTERSECTION, GroupingBuilder.splitIntersection(intersection)));
        }
        for (Rule rule : spec.rules()) {
            names.add(rule.grouping());
        }
        return new ArrayList<>(names);
    }

    /** Every attribute column a grouping needs. */
    static List<String> neededAttributes(EvaluationSpec spec) {
        Set<String> attributes = new LinkedHashSet<>();
        for (String name : of(spec)) {
            attributes.addAll(GroupingBuilder.splitIntersection(name));
        }
        return new ArrayList<>(attributes);
    }
}

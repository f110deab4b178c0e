package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.gate.Gate;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.groups.GroupingBuilder;
import dev.fairness.metrics.GapMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the pom's {@code <rule>} elements into the engine's rules, canonicalising intersection names. Everything
 * the user can get wrong in a rule is checked here with a message naming the rule: its numbers, its structure (an
 * attribute, one limit, a reference for {@code toReference}, ...) and whether its {@code <gateOn>} has the intervals
 * it needs. {@link Rule} itself only asserts these as invariants.
 */
final class RulesReader {
    private RulesReader() {
    }

    /** @param intervalsComputed whether the bootstrap is on, so that a rule may gate on an interval */
    static List<Rule> read(List<RuleConfiguration> rules, boolean intervalsComputed) {
        List<Rule> out = new ArrayList<>();
        for (RuleConfiguration r : rules) {
            if (r.isChangeRule()) {
                continue; // read by BaselineReader
            }
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
            GapMethod gap = Rule.parseGap(r.gap);
            MissingPolicy onMissing = MissingPolicy.parse(r.onMissing);
            GateOn gateOn = GateOn.parse(r.gateOn);
            String reference = blankToNull(r.reference);
            checkStructure(r, measure, grouping, gap, reference);
            Rule rule = new Rule(measure, grouping, blankToNull(r.label), gap, reference, r.maximum, r.minimum,
                    onMissing, gateOn, r.minClassCount);
            if (rule.gateOn().usesInterval() && !intervalsComputed) {
                throw Gate.intervalsOff(rule);
            }
            out.add(rule);
        }
        return out;
    }

    /** An attribute, one limit, a reference where one is compared to, a class count, a gap the measure allows. */
    private static void checkStructure(RuleConfiguration r, Measure measure, String grouping, GapMethod gap,
                                       String reference) {
        if (grouping == null || grouping.isBlank()) {
            throw new InputException("The " + measure.id() + " rule has no <attribute>. Name an attribute such as "
                    + "'sex' or an intersection such as 'sex×age'.");
        }
        String rule = "The " + measure.id() + "/" + grouping.toLowerCase(Locale.ROOT) + " rule";
        if ((r.maximum == null) == (r.minimum == null)) {
            throw new InputException(rule + " needs exactly one of <maximum> or <minimum>.");
        }
        if (gap == GapMethod.TO_REFERENCE && reference == null) {
            throw new InputException(rule + " uses <gap>toReference</gap> but has no <reference> group. Name the group "
                    + "to compare against, e.g. <reference>M</reference>.");
        }
        if (r.minClassCount != null && r.minClassCount < 0) {
            throw new InputException(rule + " has <minClassCount>" + r.minClassCount + "</minClassCount>. Set it to 0 "
                    + "(no minimum) or a number of cases such as 20.");
        }
        if (gap == GapMethod.WORST && measure.components().size() > 1) {
            throw new InputException(rule + " cannot use <gap>worst</gap>: " + measure.displayName() + " combines "
                    + measure.components().size() + " metrics. Use difference, ratio, toOverall or toReference.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

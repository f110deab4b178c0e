package dev.fairness.report;

import dev.fairness.gate.ExcludedGroup;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a rule's limit falls on the scale of one metric's per-group values, so a bar chart can draw it: a bar on
 * the wrong side of the line is what breaks the rule. A gap limit becomes a level through the groups the rule
 * compared: for {@code difference <= L} the line is at the highest value minus L; for {@code toOverall} and
 * {@code toReference} two lines at the overall or reference value plus and minus L; for {@code ratio >= r} the
 * highest value times r; for {@code worst} the limit itself.
 */
final class LimitLines {
    private LimitLines() {
    }

    /**
     * @param groups  every group of the rule's grouping
     * @param overall the all-rows metrics
     * @return the lines, none when the rule's gap has no level on this scale (e.g. no group value is defined)
     */
    static List<BarChart.Line> of(RuleResult result, Metric metric, List<GroupMetrics> groups, GroupMetrics overall,
                                  ReportMessages m) {
        Rule rule = result.rule();
        String limit = m.limit(rule.limit());
        String name = m.metricShortName(metric);
        List<BarChart.Line> lines = new ArrayList<>();
        double highest = highest(result, metric, groups);
        MetricValue overallValue = overall.get(metric);
        switch (rule.gap()) {
            case DIFFERENCE -> {
                if (rule.isMaximum() && !Double.isNaN(highest)) {
                    lines.add(line(highest - rule.limit(), m.get("limit.difference", name, limit), m));
                }
            }
            case RATIO -> {
                if (!rule.isMaximum() && !Double.isNaN(highest)) {
                    lines.add(line(highest * rule.limit(), m.get("limit.ratio", name, limit), m));
                }
            }
            case TO_OVERALL -> {
                if (rule.isMaximum() && overallValue.isDefined()) {
                    lines.add(line(overallValue.value() + rule.limit(), m.get("limit.toOverall.above", name, limit), m));
                    lines.add(line(overallValue.value() - rule.limit(), m.get("limit.toOverall.below", name, limit), m));
                }
            }
            case TO_OVERALL_RATIO -> {
                if (!rule.isMaximum() && overallValue.isDefined() && rule.limit() > 0) {
                    lines.add(line(overallValue.value() * rule.limit(), m.get("limit.toOverallRatio.below", name, limit), m));
                    lines.add(line(overallValue.value() / rule.limit(), m.get("limit.toOverallRatio.above", name, limit), m));
                }
            }
            case TO_REFERENCE -> {
                MetricValue reference = value(groups, rule.reference(), metric);
                if (rule.isMaximum() && reference != null && reference.isDefined()) {
                    lines.add(line(reference.value() + rule.limit(),
                            m.get("limit.toReference.above", name, rule.reference(), limit), m));
                    lines.add(line(reference.value() - rule.limit(),
                            m.get("limit.toReference.below", name, rule.reference(), limit), m));
                }
            }
            case WORST -> lines.add(new BarChart.Line(rule.limit(),
                    m.get(rule.isMaximum() ? "limit.worst.maximum" : "limit.worst.minimum", limit)));
        }
        return lines;
    }

    private static BarChart.Line line(double value, String derivation, ReportMessages m) {
        return new BarChart.Line(value, m.get("limit.line", derivation, m.number(value)));
    }

    /** The highest defined value among the groups the rule compared (not left out); NaN when there is none. */
    private static double highest(RuleResult result, Metric metric, List<GroupMetrics> groups) {
        Set<String> excluded = new HashSet<>();
        for (ExcludedGroup e : result.excluded()) {
            excluded.add(e.group());
        }
        double highest = Double.NaN;
        for (GroupMetrics g : groups) {
            MetricValue v = g.get(metric);
            if (!excluded.contains(g.group()) && v.isDefined() && !(v.value() <= highest)) {
                highest = v.value();
            }
        }
        return highest;
    }

    private static MetricValue value(List<GroupMetrics> groups, String group, Metric metric) {
        for (GroupMetrics g : groups) {
            if (g.group().equals(group)) {
                return g.get(metric);
            }
        }
        return null;
    }
}

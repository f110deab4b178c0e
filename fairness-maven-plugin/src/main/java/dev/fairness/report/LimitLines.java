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
 * the wrong side of the line is what breaks the rule, and that side is the worse one. A gap limit becomes a level
 * through the groups the rule compared: for {@code difference <= L} the line is at the best group's value less L where
 * higher is better (TPR, AUC: a bar below it breaks the rule) and plus L where lower is better (FPR, ECE: a bar above
 * it), both lines where neither is better (selection rate); for {@code ratio >= r} the best value times r, or divided by
 * r; for {@code toOverall} and {@code toReference} two lines at the overall or reference value plus and minus L; for
 * {@code worst} the limit itself. Each line names its rule by number ({@code R1}, the rules table's {@code #}).
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
        return of(result, 0, metric, groups, overall, m);
    }

    /** As {@link #of(RuleResult, Metric, List, GroupMetrics, ReportMessages)}, the lines tagged with rule {@code number}. */
    static List<BarChart.Line> of(RuleResult result, int number, Metric metric, List<GroupMetrics> groups,
                                  GroupMetrics overall, ReportMessages m) {
        List<BarChart.Line> lines = new ArrayList<>();
        for (BarChart.Line line : untagged(result, metric, groups, overall, m)) {
            lines.add(number == 0 ? line : new BarChart.Line(line.value(), m.get("limit.rule", number,
                    m.measureName(result.rule().measure(), result.rule().gap()), RulesTable.limit(result.rule(), m),
                    line.label()), m.get("limit.tag", number)));
        }
        return lines;
    }

    private static List<BarChart.Line> untagged(RuleResult result, Metric metric, List<GroupMetrics> groups,
                                                GroupMetrics overall, ReportMessages m) {
        Rule rule = result.rule();
        String limit = m.limit(rule.limit());
        String name = m.metricShortName(metric);
        List<BarChart.Line> lines = new ArrayList<>();
        double highest = extreme(result, metric, groups, true);
        double lowest = extreme(result, metric, groups, false);
        // the line marks the worse side: below the best value where higher is better, above it where lower is
        boolean higherBetter = metric.direction() != Metric.Direction.LOWER_IS_BETTER;
        boolean lowerBetter = metric.direction() != Metric.Direction.HIGHER_IS_BETTER;
        MetricValue overallValue = overall.get(metric);
        switch (rule.gap()) {
            case DIFFERENCE -> {
                if (rule.isMaximum() && !Double.isNaN(highest)) {
                    if (higherBetter) {
                        lines.add(line(highest - rule.limit(), m.get("limit.difference", name, limit), m));
                    }
                    if (lowerBetter) {
                        lines.add(line(lowest + rule.limit(), m.get("limit.difference.lowest", name, limit), m));
                    }
                }
            }
            case RATIO -> {
                if (!rule.isMaximum() && !Double.isNaN(highest)) {
                    if (higherBetter) {
                        lines.add(line(highest * rule.limit(), m.get("limit.ratio", name, limit), m));
                    }
                    if (lowerBetter && rule.limit() > 0) {
                        lines.add(line(lowest / rule.limit(), m.get("limit.ratio.lowest", name, limit), m));
                    }
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

    /**
     * The highest (or lowest) defined value among the groups the rule compared (not left out); NaN when there is
     * none.
     */
    private static double extreme(RuleResult result, Metric metric, List<GroupMetrics> groups, boolean highest) {
        Set<String> excluded = new HashSet<>();
        for (ExcludedGroup e : result.excluded()) {
            excluded.add(e.group());
        }
        double extreme = Double.NaN;
        for (GroupMetrics g : groups) {
            MetricValue v = g.get(metric);
            if (!excluded.contains(g.group()) && v.isDefined()
                    && (Double.isNaN(extreme) || (highest ? v.value() > extreme : v.value() < extreme))) {
                extreme = v.value();
            }
        }
        return extreme;
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

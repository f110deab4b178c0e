package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compact per-group table the build log shows after the rule lines: per label and grouping, one line per
 * group with its counts and the main metrics. Undefined values show as {@code n/a}; groups below the minimum
 * size are marked with {@code *}.
 */
public final class LogTable {
    static final List<Metric> COLUMNS = List.of(Metric.AUC, Metric.TPR, Metric.FPR, Metric.PPV, Metric.F1, Metric.ECE);

    private LogTable() {
    }

    public static List<String> lines(EvaluationResult result) {
        List<String> lines = new ArrayList<>();
        boolean anySmall = false;
        for (LabelResult label : result.labels()) {
            for (Map.Entry<String, List<GroupMetrics>> grouping : label.metrics().byGrouping().entrySet()) {
                lines.add(String.format(Locale.ROOT, "%s by %s (threshold %.3f):", label.label(), grouping.getKey(),
                        label.threshold()));
                int width = Math.max(7, grouping.getValue().stream().mapToInt(g -> g.group().length() + 1).max().orElse(0));
                lines.add(header(width));
                for (GroupMetrics group : grouping.getValue()) {
                    boolean small = group.n() < result.minGroupSize();
                    anySmall |= small;
                    lines.add(row(group.group() + (small ? "*" : ""), group, width));
                }
                lines.add(row("overall", label.metrics().overall(), width));
            }
        }
        if (anySmall) {
            lines.add("* fewer than " + result.minGroupSize() + " samples (minGroupSize): left out of rules.");
        }
        return lines;
    }

    private static String header(int width) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s %6s %6s", "group", "n", "pos"));
        for (Metric m : COLUMNS) {
            b.append(String.format(Locale.ROOT, " %6s", m.displayName()));
        }
        return b.toString();
    }

    private static String row(String name, GroupMetrics group, int width) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s %6d %6d", name, group.n(),
                (long) group.get(Metric.POSITIVES).value()));
        for (Metric m : COLUMNS) {
            MetricValue v = group.get(m);
            b.append(String.format(Locale.ROOT, " %6s", v.isDefined() ? String.format(Locale.ROOT, "%.3f", v.value()) : "n/a"));
        }
        return b.toString();
    }
}

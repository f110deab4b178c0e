package dev.fairness.report;

import dev.fairness.LogText;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.gate.ClassCountMinimums;
import dev.fairness.gate.ClassCounts;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;
import dev.fairness.metrics.OperatingPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The compact per-group table the build log shows after the rule lines: per label and grouping, one line per
 * group with its counts (n, positives, negatives) and the main metrics, each with its confidence interval when
 * the bootstrap is on ({@code 0.600 (0.462–0.741)}). Undefined values show as {@code n/a} with the reason below
 * the table; groups below the minimum size are marked with {@code *}; an interval resting on only the replicates
 * where the value is defined is marked with {@code ^}. A value resting on fewer cases of its class than the
 * minimum class count (the plugin's, or a rule's own larger one: {@link ClassCountMinimums}) shows that count
 * instead of an interval and is marked with {@code †}
 * ({@code 1.000 (1 neg)†}): an interval from a handful of cases can be zero-width and look certain. The rule lines follow the table
 * ({@link dev.fairness.gate.RuleMessages}).
 */
public final class LogTable {
    static final List<Metric> COLUMNS = List.of(Metric.AUC, Metric.TPR, Metric.FPR, Metric.PPV, Metric.F1, Metric.ECE);

    private LogTable() {
    }

    public static List<String> lines(EvaluationResult result) {
        List<String> lines = new ArrayList<>();
        BootstrapSettings bootstrap = result.bootstrap();
        if (bootstrap.enabled()) {
            // group values and gaps are made differently (ClassSplit, MaxT): the line names both, briefly
            lines.add("Intervals: " + Interval.levelText(bootstrap.confidenceLevel()) + " CIs, "
                    + bootstrap.replicates() + " bootstrap replicates, seed " + bootstrap.seed() + ": per group Wilson "
                    + "score for counted rates (TPR, FPR, PPV, NPV, accuracy, ...), percentile of the replicates for "
                    + "the others (AUC, F1, ...), resampled within group (and true class for class-conditional metrics "
                    + "such as AUC); gaps max-t, simultaneous over each rule's comparisons: of counted rates, two "
                    + "groups' difference or ratio by MOVER with their Jeffreys bounds, a group against the overall "
                    + "line by MOVER on the group and the rest of the line, a group's own value by Wilson score; of AUC "
                    + "and F1, a group against the overall line with the logit scale's shape and the bootstrap SD's "
                    + "width; any other comparison (two groups' AUC or F1, ...) ± max-t × bootstrap SD.");
        }
        boolean anySmall = false;
        boolean anyPartial = false;
        boolean anyFew = false;
        ClassCountMinimums minimums = ClassCountMinimums.of(result.minClassCount(), result.verdict());
        for (LabelResult label : result.labels()) {
            BootstrapReplicates replicates = label.bootstrap();
            for (Map.Entry<String, List<GroupMetrics>> grouping : label.metrics().byGrouping().entrySet()) {
                lines.add(LogText.escape(label.label()) + " by " + LogText.escape(grouping.getKey()) + " ("
                        + threshold(label.operatingPoint()) + "):");
                // group names are manifest cells: escaped before measuring, so the columns line up as shown
                int width = Math.max(7, grouping.getValue().stream()
                        .mapToInt(g -> LogText.escape(g.group()).length() + 1).max().orElse(0));
                int cell = replicates == null ? 6 : 20;
                lines.add(header(width, cell));
                List<String> reasons = new ArrayList<>();
                for (GroupMetrics group : grouping.getValue()) {
                    boolean small = group.n() < result.minGroupSize();
                    anySmall |= small;
                    Function<Metric, Interval> intervals = replicates == null ? null
                            : m -> replicates.group(grouping.getKey(), group.group(), m);
                    Row row = row(LogText.escape(group.group()) + (small ? "*" : ""), group, intervals, width, cell,
                            m -> minimums.of(label.label(), grouping.getKey(), m));
                    anyPartial |= row.partial;
                    anyFew |= row.few;
                    lines.add(row.text);
                    undefinedReasons(LogText.escape(group.group()), group, reasons);
                }
                Row overall = row("overall", label.metrics().overall(), replicates == null ? null : replicates::overall,
                        width, cell, m -> minimums.plugin());
                anyPartial |= overall.partial;
                anyFew |= overall.few;
                lines.add(overall.text);
                undefinedReasons("overall", label.metrics().overall(), reasons);
                lines.addAll(reasons);
            }
        }
        if (anySmall) {
            lines.add("* fewer than " + result.minGroupSize() + " samples (minGroupSize): left out of rules.");
        }
        if (anyPartial) {
            lines.add("^ undefined in some replicates: the interval rests on the others (see fairness.json).");
        }
        if (bootstrap.enabled() && !result.labels().isEmpty()) {
            lines.add("ECE is the plug-in estimate, biased upwards on small groups (a perfectly calibrated model shows "
                    + "about 0.10 at n = 100), and its interval does not cover the true calibration error: gate "
                    + "calibration with an ece rule, <gap>worst</gap>, <gateOn>significant</gateOn> (calibration test).");
        }
        if (anyFew) {
            lines.add(fewCasesNote(minimums));
        }
        return lines;
    }

    /**
     * The footnote of {@code †}: the plugin's minimum class count, and every rule's own larger one, which its
     * values are held to.
     */
    static String fewCasesNote(ClassCountMinimums minimums) {
        String tail = ", shown in brackets: no interval, and left out of rules on that metric.";
        if (minimums.overrides().isEmpty()) {
            return "† fewer than " + minimums.plugin() + " cases of the class the metric rests on (minClassCount)"
                    + tail;
        }
        return "† fewer cases of the class the metric rests on than the minimum class count (minClassCount "
                + minimums.plugin() + "; " + String.join("; ", minimums.overrides()) + ")" + tail;
    }

    /** {@code threshold 0.500}, or {@code threshold 0.437, Youden's J on the test set}. */
    static String threshold(OperatingPoint point) {
        String value = "threshold " + DecimalText.fixed(point.threshold(), 3);
        return point.isChosen() ? value + ", " + point.spec().describe() + " on the " + point.chosenOn() : value;
    }

    private static String header(int width, int cell) {
        StringBuilder b = new StringBuilder("  ");
        left(b, "group", width);
        right(b.append(' '), "n", 6);
        right(b.append(' '), "pos", 6);
        right(b.append(' '), "neg", 6);
        for (Metric m : COLUMNS) {
            cell(b, m.displayName(), cell);
        }
        return b.toString().stripTrailing();
    }

    private record Row(String text, boolean partial, boolean few) {
    }

    /** @param minimum the minimum class count each metric of this row is held to */
    private static Row row(String name, GroupMetrics group, Function<Metric, Interval> intervals, int width, int cell,
                           ToIntFunction<Metric> minimum) {
        StringBuilder b = new StringBuilder("  ");
        left(b, name, width);
        right(b.append(' '), Long.toString(group.n()), 6);
        right(b.append(' '), Long.toString((long) group.get(Metric.POSITIVES).value()), 6);
        right(b.append(' '), Long.toString((long) group.get(Metric.NEGATIVES).value()), 6);
        boolean partial = false;
        boolean few = false;
        for (Metric m : COLUMNS) {
            MetricValue v = group.get(m);
            String text = v.isDefined() ? DecimalText.fixed(v.value(), 3) : "n/a";
            ClassCounts.Count shortfall = v.isDefined() ? ClassCounts.shortfall(m, group, minimum.applyAsInt(m)) : null;
            if (shortfall != null) {
                few = true;
                text += intervals == null ? "†" : " (" + shortfall.cases() + " " + shortfall.shortName() + ")†";
                cell(b, text, intervals == null ? 6 : cell);
                continue;
            }
            if (intervals == null) {
                cell(b, text, 6);
                continue;
            }
            if (v.isDefined()) {
                Interval ci = intervals.apply(m);
                text += ci.isDefined() ? " (" + DecimalText.fixed(ci.lower(), 3) + "–" + DecimalText.fixed(ci.upper(), 3)
                        + ")" : " (n/a)";
                if (ci.isDefined() && !ci.isComplete()) {
                    text += "^";
                    partial = true;
                }
            }
            cell(b, text, cell);
        }
        return new Row(b.toString().stripTrailing(), partial, few);
    }

    /**
     * A metric's cell: right-aligned in 6 characters after one space without intervals ({@code %6s}), left-aligned
     * in {@code cell - 1} after two spaces with them ({@code %-19s}); padded by hand, since a {@code Formatter} per
     * cell cost a cold build about 0.1 s of CPU for the million-row job's 99 lines.
     */
    private static void cell(StringBuilder b, String text, int cell) {
        if (cell == 6) {
            right(b.append(' '), text, 6);
        } else {
            left(b.append("  "), text, cell - 1);
        }
    }

    /** {@code text} and spaces up to {@code width} characters, as {@code %-<width>s}. */
    private static void left(StringBuilder b, String text, int width) {
        b.append(text);
        for (int i = text.length(); i < width; i++) {
            b.append(' ');
        }
    }

    /** Spaces and {@code text} up to {@code width} characters, as {@code %<width>s}. */
    private static void right(StringBuilder b, String text, int width) {
        for (int i = text.length(); i < width; i++) {
            b.append(' ');
        }
        b.append(text);
    }

    /** {@code   n/a for 'F': TPR, AUC (no positive samples); PPV (no predicted positives)}, for the shown columns. */
    private static void undefinedReasons(String name, GroupMetrics group, List<String> lines) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Metric m : COLUMNS) {
            MetricValue v = group.get(m);
            if (!v.isDefined()) {
                byReason.computeIfAbsent(v.undefinedReason(), r -> new ArrayList<>()).add(m.displayName());
            }
        }
        if (byReason.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, metrics) -> parts.add(String.join(", ", metrics) + " (" + reason + ")"));
        lines.add("  n/a for '" + name + "': " + String.join("; ", parts));
    }
}

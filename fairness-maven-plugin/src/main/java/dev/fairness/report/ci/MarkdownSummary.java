package dev.fairness.report.ci;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.report.UtcTimestamp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code summary.md}: the verdict, the violated rules' lines, the rules as a table and, per label and grouping, the
 * key per-group numbers (n, positives, AUC, TPR, FPR and the rules' metrics, with intervals), as GitHub shows a step
 * summary; a build against a baseline adds its change rules ({@link ChangeTable}). It stays under {@link #LIMIT}
 * bytes whatever the evaluation's size: lines that do not fit (rule rows, then group rows) are left out whole, and a
 * note says how many and where to find them.
 */
public final class MarkdownSummary {
    public static final String NAME = "summary.md";
    /** Under GitHub's limit for a step summary (1024 KiB), with room for what other steps append. */
    public static final int LIMIT = 1_000_000;
    static final List<Metric> KEY_METRICS = List.of(Metric.AUC, Metric.TPR, Metric.FPR);

    private MarkdownSummary() {
    }

    static String render(EvaluationResult result, List<RuleCase> cases) {
        return render(result, cases, LIMIT);
    }

    static String render(EvaluationResult result, List<RuleCase> cases, int limit) {
        return render(result, cases, List.of(), limit);
    }

    /** The summary of the rule cases and, in a build against a baseline, its change cases (they count in the verdict). */
    static String render(EvaluationResult result, List<RuleCase> cases, List<ChangeCase> changes, int limit) {
        return render(result, RuleCase.modelName(result), cases, changes, limit);
    }

    /** As above, naming the evaluated model {@code model}, as its rule cases name it. */
    static String render(EvaluationResult result, String model, List<RuleCase> cases, List<ChangeCase> changes,
                         int limit) {
        SizeBudget out = new SizeBudget(limit);
        List<RuleStatus> statuses = new ArrayList<>();
        cases.forEach(c -> statuses.add(c.status()));
        changes.forEach(c -> statuses.add(c.status()));
        out.add("## " + headline(statuses) + "\n\n");
        out.add("Model " + MarkdownText.escape(model) + ", " + result.data().samples() + " samples: "
                + counts(statuses, cases.size(), changes.size()) + "\n\n");
        boolean violated = false;
        for (RuleCase c : cases) {
            if (c.status() == RuleStatus.VIOLATED) {
                out.add("- " + MarkdownText.escape(RuleMessages.violation(c.result())) + "\n");
                violated = true;
            }
        }
        for (ChangeCase c : changes) {
            if (c.status() == RuleStatus.VIOLATED) {
                out.add("- " + MarkdownText.escape(c.result().message()) + "\n");
                violated = true;
            }
        }
        if (violated) {
            out.separate("\n");
        }
        if (!cases.isEmpty()) {
            rules(out, cases);
        }
        if (!changes.isEmpty()) {
            ChangeTable.add(out, changes);
        }
        for (LabelResult label : result.labels()) {
            for (String grouping : label.metrics().byGrouping().keySet()) {
                groupTable(out, result, label, grouping);
            }
        }
        if (out.leftOut() > 0) {
            out.addReserved("\n> **Shortened:** " + out.leftOut() + (out.leftOut() == 1 ? " line was" : " lines were")
                    + " left out (table rows, violated rules) to keep this summary under " + limit / 1000 + " kB "
                    + "(GitHub's limit for a step summary is 1024 KiB). Every rule and number is in fairness.json and "
                    + "report.html.\n\n");
        }
        out.addReserved("*fairness-maven-plugin " + MarkdownText.escape(result.pluginVersion()) + ", evaluated "
                + UtcTimestamp.isoSeconds(result.createdAt()) + "; every number in fairness.json and report.html beside "
                + "this file.*\n");
        return out.toString();
    }

    /**
     * {@code ✗ Fairness checks not met}, in the words of the report's banner, over every rule's and change rule's
     * status: a violated change rule fails it as a rule does.
     */
    static String headline(List<RuleStatus> statuses) {
        if (statuses.isEmpty()) {
            return "– No fairness rules configured: nothing was checked";
        }
        if (statuses.contains(RuleStatus.VIOLATED)) {
            return "✗ Fairness checks not met";
        }
        long n = statuses.stream().filter(s -> s == RuleStatus.UNDETERMINED).count();
        if (n > 0) {
            return "! Not all fairness checks met: " + n + (n == 1 ? " rule" : " rules") + " could not be evaluated";
        }
        return "✓ All fairness checks met";
    }

    private static String counts(List<RuleStatus> statuses, int rules, int changes) {
        int all = statuses.size();
        String counts = count(statuses, RuleStatus.PASSED) + " of " + all + (all == 1 ? " rule" : " rules") + " met, "
                + count(statuses, RuleStatus.VIOLATED) + " violated, " + count(statuses, RuleStatus.UNDETERMINED)
                + " undetermined";
        return changes == 0 ? counts + "." : counts + " (" + rules + (rules == 1 ? " absolute rule, " : " absolute rules, ")
                + changes + (changes == 1 ? " change rule" : " change rules") + " against the baseline).";
    }

    private static long count(List<RuleStatus> statuses, RuleStatus status) {
        return statuses.stream().filter(s -> s == status).count();
    }

    private static void rules(SizeBudget out, List<RuleCase> cases) {
        out.add("### Rules\n\n| # | Status | Rule | Label | Attribute | Value (CI) | Limit | gateOn | Groups compared |\n"
                + "| ---: | --- | --- | --- | --- | ---: | ---: | --- | --- |\n");
        for (RuleCase c : cases) {
            RuleResult r = c.result();
            out.add("| " + c.number() + " | " + status(r.status()) + " | " + MarkdownText.escape(r.rule().measureName())
                    + " | " + MarkdownText.escape(r.label()) + " | " + MarkdownText.escape(r.rule().grouping())
                    + " | " + MarkdownText.escape(CiNumbers.withInterval(r.gap().value(), r.interval()))
                    + " | " + MarkdownText.escape(c.limit()) + " | " + r.rule().gateOn().id()
                    + " | " + groups(r) + " |\n");
        }
        out.separate("\n");
    }

    static String status(RuleStatus status) {
        return switch (status) {
            case PASSED -> "✓ met";
            case VIOLATED -> "✗ violated";
            case UNDETERMINED -> "? undetermined";
        };
    }

    private static String groups(RuleResult r) {
        var gap = r.gap();
        if (gap.highGroup() == null) {
            return "–";
        }
        if (gap.highGroup().equals(gap.lowGroup())) {
            return MarkdownText.escape(gap.highGroup() + " " + CiNumbers.value(gap.highValue()));
        }
        return MarkdownText.escape(gap.highGroup() + " " + CiNumbers.value(gap.highValue()) + ", " + gap.lowGroup()
                + " " + CiNumbers.value(gap.lowValue()));
    }

    /**
     * One label and grouping: all samples first, then a row per group, a column per key metric. Rows that do not fit
     * the budget are left out (and counted); the table's head goes in only with its first row.
     */
    private static void groupTable(SizeBudget out, EvaluationResult result, LabelResult label, String grouping) {
        List<Metric> metrics = metrics(result, label.label(), grouping);
        StringBuilder head = new StringBuilder("### ").append(MarkdownText.escape(label.label())).append(" by ")
                .append(MarkdownText.escape(grouping)).append(" (threshold ").append(CiNumbers.value(label.threshold()))
                .append(")\n\n| Group | n | positives |");
        StringBuilder align = new StringBuilder("| --- | ---: | ---: |");
        for (Metric m : metrics) {
            head.append(' ').append(m.displayName()).append(" |");
            align.append(" ---: |");
        }
        head.append('\n').append(align).append('\n');
        List<GroupMetrics> rows = new ArrayList<>();
        rows.add(label.metrics().overall());
        rows.addAll(label.metrics().groups(grouping));
        if (!out.add(head + row(label, grouping, metrics, rows.get(0), true))) {
            out.leaveOut(rows.size() - 1);
            return;
        }
        for (GroupMetrics g : rows.subList(1, rows.size())) {
            out.add(row(label, grouping, metrics, g, false));
        }
        out.separate("\n");
    }

    private static String row(LabelResult label, String grouping, List<Metric> metrics, GroupMetrics g, boolean overall) {
        StringBuilder row = new StringBuilder("| ").append(overall ? "**all samples**" : MarkdownText.escape(g.group()))
                .append(" | ").append(CiNumbers.count(g.get(Metric.N).value())).append(" | ")
                .append(CiNumbers.count(g.get(Metric.POSITIVES).value())).append(" |");
        for (Metric m : metrics) {
            Interval ci = label.bootstrap() == null ? null : overall ? label.bootstrap().overall(m)
                    : label.bootstrap().group(grouping, g.group(), m);
            row.append(' ').append(MarkdownText.escape(CiNumbers.withInterval(g.get(m), ci))).append(" |");
        }
        return row.append('\n').toString();
    }

    /** AUC, TPR and FPR, then the metrics the rules on this label and grouping compare. */
    static List<Metric> metrics(EvaluationResult result, String label, String grouping) {
        Set<Metric> metrics = new LinkedHashSet<>(KEY_METRICS);
        for (RuleResult r : result.verdict().results()) {
            if (r.label().equals(label) && r.rule().grouping().equals(grouping)) {
                metrics.addAll(r.rule().measure().components());
            }
        }
        metrics.removeIf(Metric::isCount);
        return List.copyOf(metrics);
    }
}

package dev.fairness.report.ci;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.RuleStatus;
import dev.fairness.gate.Verdict;
import dev.fairness.metrics.GroupMetrics;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code summary.md}: the verdict, the violated rules' lines, the rules as a table and, per label and grouping, the
 * key per-group numbers (n, positives, AUC, TPR, FPR and the rules' metrics, with intervals), as GitHub shows a step
 * summary. It stays under {@link #LIMIT} bytes whatever the evaluation's size: what does not fit is left out whole
 * (rule rows, then group tables) and a note says how much and where to find it.
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
        SizeBudget out = new SizeBudget(limit);
        Verdict verdict = result.verdict();
        out.add("## " + headline(verdict) + "\n\n");
        out.add(MarkdownText.escape(RuleCase.modelName(result)) + ", " + result.data().samples() + " samples: "
                + counts(verdict) + "\n\n");
        for (RuleCase c : cases) {
            if (c.status() == RuleStatus.VIOLATED) {
                out.add("- " + MarkdownText.escape(RuleMessages.violation(c.result())) + "\n");
            }
        }
        if (verdict.violatedCount() > 0) {
            out.add("\n");
        }
        if (!cases.isEmpty()) {
            rules(out, cases);
        }
        for (LabelResult label : result.labels()) {
            for (String grouping : label.metrics().byGrouping().keySet()) {
                out.add(groupTable(result, label, grouping));
            }
        }
        if (out.leftOut() > 0) {
            out.addReserved("> **Shortened:** " + out.leftOut() + (out.leftOut() == 1 ? " part was" : " parts were")
                    + " left out to keep this summary under " + limit / 1000 + " kB (GitHub's limit for a step "
                    + "summary is 1024 KiB). Every rule and number is in fairness.json and report.html.\n\n");
        }
        out.addReserved("<sub>fairness-maven-plugin " + MarkdownText.escape(result.pluginVersion()) + ", evaluated "
                + result.createdAt() + "; details in target/fairness/fairness.json and report.html.</sub>\n");
        return out.toString();
    }

    /** {@code ✗ Fairness checks not met}, in the words of the report's banner. */
    static String headline(Verdict verdict) {
        if (verdict.results().isEmpty()) {
            return "– No fairness rules configured: nothing was checked";
        }
        if (!verdict.passed()) {
            return "✗ Fairness checks not met";
        }
        if (!verdict.allMet()) {
            long n = verdict.undeterminedCount();
            return "! Not all fairness checks met: " + n + (n == 1 ? " rule" : " rules") + " could not be evaluated";
        }
        return "✓ All fairness checks met";
    }

    private static String counts(Verdict verdict) {
        int rules = verdict.results().size();
        return verdict.passedCount() + " of " + rules + (rules == 1 ? " rule" : " rules") + " met, "
                + verdict.violatedCount() + " violated, " + verdict.undeterminedCount() + " undetermined.";
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
        out.add("\n");
    }

    private static String status(RuleStatus status) {
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

    /** One label and grouping: a row per group and one for all samples, a column per key metric. */
    private static String groupTable(EvaluationResult result, LabelResult label, String grouping) {
        List<Metric> metrics = metrics(result, label.label(), grouping);
        StringBuilder table = new StringBuilder("### ").append(MarkdownText.escape(label.label())).append(" by ")
                .append(MarkdownText.escape(grouping)).append(" (threshold ").append(CiNumbers.value(label.threshold()))
                .append(")\n\n| Group | n | positives |");
        StringBuilder align = new StringBuilder("| --- | ---: | ---: |");
        for (Metric m : metrics) {
            table.append(' ').append(m.displayName()).append(" |");
            align.append(" ---: |");
        }
        table.append('\n').append(align).append('\n');
        List<GroupMetrics> rows = new ArrayList<>(label.metrics().groups(grouping));
        rows.add(label.metrics().overall());
        for (GroupMetrics g : rows) {
            boolean overall = g == label.metrics().overall();
            table.append("| ").append(overall ? "**all samples**" : MarkdownText.escape(g.group())).append(" | ")
                    .append(CiNumbers.count(g.get(Metric.N).value())).append(" | ")
                    .append(CiNumbers.count(g.get(Metric.POSITIVES).value())).append(" |");
            for (Metric m : metrics) {
                Interval ci = label.bootstrap() == null ? null : overall ? label.bootstrap().overall(m)
                        : label.bootstrap().group(grouping, g.group(), m);
                table.append(' ').append(MarkdownText.escape(CiNumbers.withInterval(g.get(m), ci))).append(" |");
            }
            table.append('\n');
        }
        return table.append('\n').toString();
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

package dev.fairness.report.ci;

import dev.fairness.compare.ChangeMessages;
import dev.fairness.compare.ChangeResult;
import dev.fairness.metrics.Interval;

import java.util.List;

/**
 * The "Changes against the baseline" table of summary.md: per change rule, model and label the baseline's value, the
 * new value, the paired change with its interval, the allowed change and the verdict. For a per-group rule the
 * values are those of the group that decided it. Rows that do not fit the summary's budget are left out whole.
 */
final class ChangeTable {
    static final String HEADING = "Changes against the baseline";

    private ChangeTable() {
    }

    static void add(SizeBudget out, List<ChangeCase> changes) {
        String head = "### " + HEADING + "\n\n| # | Status | Model | Label | Change rule | Group | Baseline | New "
                + "| Change (CI) | Allowed | gateOn |\n| ---: | --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: "
                + "| --- |\n";
        if (!out.add(head + row(changes.get(0)))) {
            out.leaveOut(changes.size() - 1);
            return;
        }
        for (ChangeCase c : changes.subList(1, changes.size())) {
            out.add(row(c));
        }
        out.separate("\n");
    }

    private static String row(ChangeCase c) {
        ChangeResult r = c.result();
        return "| " + c.number() + " | " + MarkdownSummary.status(r.status()) + " | " + MarkdownText.escape(r.model())
                + " | " + MarkdownText.escape(r.label()) + " | " + MarkdownText.escape(c.subject())
                + " | " + (r.group() == null ? "–" : MarkdownText.escape(r.group()))
                + " | " + ChangeFacts.value(r.baselineValue()) + " | " + ChangeFacts.value(r.candidateValue())
                + " | " + change(r) + " | " + MarkdownText.escape(c.allowed()) + " | " + r.rule().gateOn().id() + " |\n";
    }

    /** {@code +0.050 (+0.011 to +0.102)}: the paired change with its interval when it has a defined one. */
    private static String change(ChangeResult r) {
        Interval ci = r.interval();
        String change = ChangeFacts.change(r);
        return Double.isNaN(r.change()) || ci == null || !ci.isDefined() ? change
                : change + " (" + ChangeMessages.signed(ci.lower()) + " to " + ChangeMessages.signed(ci.upper()) + ")";
    }
}

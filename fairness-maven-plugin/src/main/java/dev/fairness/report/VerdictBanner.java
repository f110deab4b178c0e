package dev.fairness.report;

import dev.fairness.gate.RuleResult;
import dev.fairness.gate.Verdict;

/**
 * The first thing on the page: whether the fairness checks were met, with the number of rules met, violated and
 * undetermined, and one line per violated rule. Its state is in words and an icon, not in colour alone.
 */
final class VerdictBanner {
    static final String ID = "fr-verdict";

    private VerdictBanner() {
    }

    static void render(Html html, ReportContext c) {
        ReportMessages m = c.messages();
        Verdict verdict = c.result().verdict();
        String state = state(verdict);
        html.open("section", "id", ID, "class", "fr-verdict fr-verdict-" + state, "role", "status",
                "aria-label", m.get("verdict.label"));
        html.open("p", "class", "fr-verdict-title")
                .element("span", m.get("verdict." + state + ".icon"), "class", "fr-icon", "aria-hidden", "true")
                .text(" " + m.get("verdict." + state + ".title", verdict.undeterminedCount()))
                .close("p");
        html.element("p", counts(verdict, m), "class", "fr-verdict-counts");
        if (verdict.violatedCount() > 0) {
            html.open("ul", "class", "fr-verdict-violations");
            for (RuleResult r : verdict.results()) {
                if (r.isViolated()) {
                    html.element("li", RulesTable.sentence(r, c));
                }
            }
            html.close("ul");
        }
        html.close("section");
    }

    /**
     * {@code passed} (every rule met), {@code failed} (a rule violated), {@code undetermined} (none violated, but not
     * every rule could be evaluated: not "met") or {@code none}.
     */
    static String state(Verdict verdict) {
        if (verdict.results().isEmpty()) {
            return "none";
        }
        if (!verdict.passed()) {
            return "failed";
        }
        return verdict.allMet() ? "passed" : "undetermined";
    }

    /** {@code 2 of 3 rules met, 1 violated, 0 undetermined.} */
    static String counts(Verdict verdict, ReportMessages m) {
        if (verdict.results().isEmpty()) {
            return m.get("verdict.counts.none");
        }
        String counts = m.get("verdict.counts", verdict.passedCount(), verdict.results().size(),
                verdict.violatedCount(), verdict.undeterminedCount());
        long byInterval = verdict.results().stream().filter(r -> r.rule().gateOn().usesInterval()
                && r.calibration() == null && r.interval() != null).count();
        return byInterval == 0 ? counts : counts + " " + m.get("verdict.counts.byInterval", byInterval);
    }
}

package dev.fairness.report;

import dev.fairness.compare.ComparisonResult;
import dev.fairness.gate.RuleResult;
import dev.fairness.gate.Verdict;

import java.util.List;

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
        ComparisonResult comparison = c.source().comparison();
        String state = state(c);
        html.open("section", "id", ID, "class", "fr-verdict fr-verdict-" + state, "role", "status",
                "aria-label", m.get("verdict.label"));
        html.open("p", "class", "fr-verdict-title")
                .element("span", m.get("verdict." + state + ".icon"), "class", "fr-icon", "aria-hidden", "true")
                .text(" " + title(c, state))
                .close("p");
        if (comparison == null || !verdict.results().isEmpty()) { // change rules alone: no "add <rules>"
            html.element("p", counts(verdict, m), "class", "fr-verdict-counts");
        }
        List<String> more = comparison == null ? List.of() : ComparisonVerdict.violations(comparison, m);
        if (comparison != null) {
            ComparisonVerdict.counts(comparison, m).forEach(line -> html.element("p", line, "class", "fr-verdict-counts"));
        }
        if (verdict.violatedCount() > 0 || !more.isEmpty()) {
            html.open("ul", "class", "fr-verdict-violations");
            for (RuleResult r : verdict.results()) {
                if (r.isViolated()) {
                    html.element("li", RulesTable.sentence(r, c));
                }
            }
            more.forEach(line -> html.element("li", line));
            html.close("ul");
        }
        html.close("section");
    }

    /** The page's state: the build's, which in a comparison also fails on another model or a change rule. */
    static String state(ReportContext c) {
        return c.source().comparison() == null ? state(c.result().verdict())
                : ComparisonVerdict.state(c.source().comparison());
    }

    /** The banner's title for {@code state}. */
    static String title(ReportContext c, String state) {
        long undetermined = c.source().comparison() == null ? c.result().verdict().undeterminedCount()
                : ComparisonVerdict.undetermined(c.source().comparison());
        return c.messages().get("verdict." + state + ".title", undetermined);
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

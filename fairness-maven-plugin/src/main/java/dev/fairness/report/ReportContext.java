package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;

/** What every section of one report reads: the evaluation, its intervals, its curves and the words. */
record ReportContext(ReportSource source, ReportMessages messages, Intervals intervals, ReportCurves curves) {

    static ReportContext of(ReportSource source, ReportMessages messages) {
        return new ReportContext(source, messages, new Intervals(source.result()), new ReportCurves(source.result()));
    }

    EvaluationResult result() {
        return source.result();
    }

    /** True for a group below the minimum group size: marked, and left out of rules. */
    boolean isSmall(long n) {
        return n < result().minGroupSize();
    }
}

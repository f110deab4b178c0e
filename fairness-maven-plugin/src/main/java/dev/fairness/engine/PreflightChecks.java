package dev.fairness.engine;

/**
 * What a spec asks of the run before any work: whether a validation set is scored. The user's settings (one
 * validation set, a manifest only with a model, intervals for a rule that gates on them) are checked where the pom
 * is read.
 */
final class PreflightChecks {
    private PreflightChecks() {
    }

    /** True when some label's threshold is chosen and a validation set is given to choose it on. */
    static boolean needsValidationSet(EvaluationSpec spec) {
        if (!spec.hasValidationSet()) {
            return false;
        }
        for (String label : spec.inputs().labels().labels()) {
            if (!spec.operatingPointOf(label).isFixed()) {
                return true;
            }
        }
        return false;
    }
}

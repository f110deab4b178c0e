package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.gate.Gate;
import dev.fairness.gate.Rule;

/**
 * The checks of a spec that run before any work, for settings that could otherwise only fail after inference:
 * where thresholds are chosen (a validation set, and from which source) and whether intervals are computed.
 */
final class PreflightChecks {
    private PreflightChecks() {
    }

    /** Fails fast on settings that could only fail after inference. */
    static void check(EvaluationSpec spec) {
        if (spec.inputs().validationManifest() != null && spec.inputs().validationPredictions() != null) {
            throw new InputException("Both <validationManifest> and <validationPredictions> are set. Choose thresholds "
                    + "on one of them: a manifest scored by the model, or a CSV of scores computed elsewhere.");
        }
        if (spec.inputs().validationManifest() != null && spec.usesPredictionsFile()) {
            throw new InputException("<validationManifest> " + spec.inputs().validationManifest() + " needs a <model> "
                    + "to score it, but the test set comes from <predictions>. Use <validationPredictions> for a CSV "
                    + "of validation scores computed elsewhere.");
        }
        if (!spec.bootstrap().enabled()) {
            for (Rule rule : spec.rules()) {
                if (rule.gateOn().usesInterval()) {
                    throw Gate.intervalsOff(rule);
                }
            }
        }
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

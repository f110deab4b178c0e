package dev.fairness.engine;

import java.util.List;

/**
 * What the evaluation found about the scores themselves, before any metric: export parity against the training
 * framework's scores, and warnings about scores that cannot separate anything.
 *
 * @param parity   one entry per label when the manifest has reference scores; empty otherwise
 * @param warnings warnings about the scores ({@link DegenerateScores}), as logged
 */
public record ScoreChecks(List<LabelParity> parity, List<String> warnings) {
    public static final ScoreChecks NONE = new ScoreChecks(List.of(), List.of());

    public ScoreChecks {
        parity = List.copyOf(parity);
        warnings = List.copyOf(warnings);
    }
}

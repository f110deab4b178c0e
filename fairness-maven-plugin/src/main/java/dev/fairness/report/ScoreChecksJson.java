package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.engine.LabelParity;
import dev.fairness.engine.ScoreChecks;

/**
 * The {@code exportParity} and {@code warnings} parts of fairness.json: how far the plugin's scores were from the
 * training framework's (null when the manifest has no reference scores), and the warnings about the scores.
 */
final class ScoreChecksJson {
    private ScoreChecksJson() {
    }

    static void write(ObjectNode root, ScoreChecks checks) {
        if (checks.parity().isEmpty()) {
            root.putNull("exportParity");
        } else {
            ArrayNode labels = root.putObject("exportParity").put("tolerance", checks.parity().get(0).tolerance())
                    .putArray("labels");
            for (LabelParity p : checks.parity()) {
                ObjectNode label = labels.addObject().put("label", p.label()).put("column", p.column())
                        .put("images", p.images()).put("meanAbsoluteDifference", p.mean())
                        .put("maxAbsoluteDifference", p.max()).put("beyondTolerance", p.beyond());
                ArrayNode worst = label.putArray("largestDifferences");
                for (LabelParity.Image image : p.worst()) {
                    worst.addObject().put("id", image.id()).put("location", image.location())
                            .put("reference", image.reference()).put("plugin", image.computed())
                            .put("difference", image.difference());
                }
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        checks.warnings().forEach(warnings::add);
    }
}

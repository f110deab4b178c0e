package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.groups.AttributeSpec;

import java.util.Map;

/**
 * What a report is made from: one evaluation, the bins its groupings used (to rebuild the groups of the per-group
 * curves from the predictions), and the name of the project it belongs to (null when there is none).
 */
public record ReportSource(EvaluationResult result, Map<String, AttributeSpec> bins, String projectName) {
    public ReportSource {
        bins = Map.copyOf(bins);
    }
}

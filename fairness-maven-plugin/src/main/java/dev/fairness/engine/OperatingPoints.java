package dev.fairness.engine;

import dev.fairness.metrics.OperatingPointSpec;

import java.util.Map;

/**
 * How every label's threshold is set.
 *
 * @param threshold  the default fixed threshold
 * @param thresholds per-label fixed thresholds
 * @param chosen     how every label's threshold is chosen unless it has its own; null: fixed at {@code threshold}
 * @param perLabel   per-label ways to set the threshold; win over {@code thresholds} and {@code chosen}
 */
public record OperatingPoints(double threshold, Map<String, Double> thresholds, OperatingPointSpec chosen,
                              Map<String, OperatingPointSpec> perLabel) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Every label fixed at 0.5. */
    public static final OperatingPoints DEFAULT = new OperatingPoints(DEFAULT_THRESHOLD, Map.of(), null, Map.of());

    public OperatingPoints {
        thresholds = Map.copyOf(thresholds);
        perLabel = perLabel == null ? Map.of() : Map.copyOf(perLabel);
    }

    /** Every label fixed at {@code threshold}. */
    public static OperatingPoints fixedAt(double threshold) {
        return new OperatingPoints(threshold, Map.of(), null, Map.of());
    }

    public OperatingPoints withThresholds(Map<String, Double> value) {
        return new OperatingPoints(threshold, value, chosen, perLabel);
    }

    public OperatingPoints withChosen(OperatingPointSpec value) {
        return new OperatingPoints(threshold, thresholds, value, perLabel);
    }

    public OperatingPoints withPerLabel(Map<String, OperatingPointSpec> value) {
        return new OperatingPoints(threshold, thresholds, chosen, value);
    }

    /**
     * How one label's threshold is set: its own {@code perLabel} entry, else its own fixed threshold, else
     * {@code chosen}, else fixed at {@code threshold}.
     */
    public OperatingPointSpec of(String label) {
        OperatingPointSpec own = perLabel.get(label);
        if (own != null) {
            return own;
        }
        if (thresholds.containsKey(label)) {
            return OperatingPointSpec.fixed(thresholds.get(label));
        }
        return chosen != null ? chosen : OperatingPointSpec.fixed(threshold);
    }
}

package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.engine.OperatingPoints;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads how thresholds are set ({@code <threshold>}, {@code <thresholds>}, {@code <thresholdMethod>} with
 * {@code <targetRate>}, {@code <operatingPoints>}), with messages that name the pom. Every label it names must be
 * one of the configured labels.
 */
final class OperatingPointsReader {
    private OperatingPointsReader() {
    }

    static OperatingPoints read(Configuration c, List<String> labels) {
        double threshold = NumberParameters.zeroToOne("<threshold>", c.threshold, "0.5");
        Map<String, Double> thresholds = thresholds(c.thresholds, labels);
        OperatingPointSpec chosen = defaultSpec(c.thresholdMethod, c.targetRate);
        Map<String, OperatingPointSpec> perLabel = perLabel(GroupingsReader.list(c.operatingPoints), labels);
        return new OperatingPoints(threshold, thresholds, chosen, perLabel);
    }

    private static Map<String, Double> thresholds(Map<String, String> thresholds, List<String> labels) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (thresholds == null) {
            return out;
        }
        for (Map.Entry<String, String> e : thresholds.entrySet()) {
            String label = e.getKey();
            requireLabel("<thresholds><" + label + ">", label, labels);
            InputException bad = new InputException("<thresholds><" + label + "> must be a number between 0 and 1; "
                    + "found '" + e.getValue() + "'.");
            double value;
            try {
                value = Double.parseDouble(e.getValue().trim());
            } catch (NumberFormatException | NullPointerException ex) {
                throw bad;
            }
            if (!(value >= 0 && value <= 1)) {
                throw bad;
            }
            out.put(label, value);
        }
        return out;
    }

    /** The default for every label: null when it is fixed (the engine then uses {@code <threshold>}). */
    static OperatingPointSpec defaultSpec(String method, Double targetRate) {
        ThresholdMethod m = parse(method, "<thresholdMethod>");
        String where = "<thresholdMethod>" + m.id() + "</thresholdMethod>";
        if (!m.needsTarget() && targetRate != null) {
            throw new InputException("<targetRate> is set, but " + where + " takes no target rate. Set "
                    + "<thresholdMethod> to targetFpr or targetTpr, or remove <targetRate>.");
        }
        return m == ThresholdMethod.FIXED ? null : spec(m, targetRate, null, where, "<targetRate>");
    }

    static Map<String, OperatingPointSpec> perLabel(List<OperatingPointConfiguration> points, List<String> labels) {
        Map<String, OperatingPointSpec> out = new LinkedHashMap<>();
        for (OperatingPointConfiguration p : points) {
            if (p.label == null || p.label.isBlank()) {
                throw new InputException("An <operatingPoint> has no <label>. Name the label whose threshold it sets.");
            }
            String label = p.label.trim();
            requireLabel("<operatingPoint><label>" + label + "</label>", label, labels);
            ThresholdMethod m = p.method == null || p.method.isBlank()
                    ? p.threshold != null ? ThresholdMethod.FIXED : null
                    : parse(p.method, "<method> of the <operatingPoint> of '" + label + "'");
            if (m == null) {
                throw new InputException("The <operatingPoint> of '" + label + "' has no <method>. Use one of: "
                        + ThresholdMethod.names() + ".");
            }
            if (out.containsKey(label)) {
                throw new InputException("Label '" + label + "' has two <operatingPoint>s. Keep one.");
            }
            if (!m.needsTarget() && p.targetRate != null) {
                throw new InputException("The <operatingPoint> of '" + label + "' sets <targetRate>, but its method "
                        + m.id() + " takes no target rate. Set <method> to targetFpr or targetTpr, or remove "
                        + "<targetRate>.");
            }
            out.put(label, spec(m, p.targetRate, p.threshold, "<operatingPoint> of '" + label + "'", "<targetRate>"));
        }
        return out;
    }

    private static OperatingPointSpec spec(ThresholdMethod m, Double targetRate, Double threshold, String where,
                                           String targetName) {
        if (m == ThresholdMethod.FIXED) {
            if (threshold == null) {
                throw new InputException("The " + where + " uses method fixed but has no <threshold>.");
            }
            return OperatingPointSpec.fixed(NumberParameters.zeroToOne("<threshold> of the " + where, threshold,
                    "0.5"));
        }
        if (threshold != null) {
            throw new InputException("The " + where + " chooses its threshold by " + m.id()
                    + ", so it cannot also set <threshold>. Remove one of them.");
        }
        if (m.needsTarget()) {
            if (targetRate == null) {
                throw new InputException(where + " needs " + targetName + ": the " + m.displayName()
                        + " to choose the threshold for, between 0 and 1 exclusive, e.g. 0.2.");
            }
            if (!(targetRate > 0 && targetRate < 1)) {
                throw new InputException(targetName + " of " + where + " must lie strictly between 0 and 1; found "
                        + targetRate + ".");
            }
        }
        return OperatingPointSpec.chosen(m, targetRate);
    }

    private static void requireLabel(String subject, String label, List<String> labels) {
        if (!labels.contains(label)) {
            throw new InputException(subject + " names no label. The labels are " + String.join(", ", labels)
                    + " (names are case-sensitive). Rename it to one of them.");
        }
    }

    private static ThresholdMethod parse(String text, String where) {
        if (text == null || text.isBlank()) {
            return ThresholdMethod.FIXED;
        }
        ThresholdMethod m = ThresholdMethod.fromId(text);
        if (m == null) {
            throw new InputException("Unknown " + where + " '" + text + "'. Use one of: " + ThresholdMethod.names() + ".");
        }
        return m;
    }
}

package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the pom's threshold settings into the engine's {@link OperatingPointSpec}s, with messages that name the pom. */
final class OperatingPointConverter {
    private OperatingPointConverter() {
    }

    /** The default for every label: null when it is fixed (the engine then uses {@code <threshold>}). */
    static OperatingPointSpec defaultSpec(String method, Double targetRate) {
        ThresholdMethod m = parse(method, "<thresholdMethod>");
        if (m == ThresholdMethod.FIXED) {
            return null;
        }
        return spec(m, targetRate, null, "<thresholdMethod>" + m.id() + "</thresholdMethod>", "<targetRate>");
    }

    static Map<String, OperatingPointSpec> perLabel(List<OperatingPoint> points) {
        Map<String, OperatingPointSpec> out = new LinkedHashMap<>();
        for (OperatingPoint p : points) {
            if (p.label == null || p.label.isBlank()) {
                throw new InputException("An <operatingPoint> has no <label>. Name the label whose threshold it sets.");
            }
            String label = p.label.trim();
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
            return OperatingPointSpec.fixed(threshold);
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

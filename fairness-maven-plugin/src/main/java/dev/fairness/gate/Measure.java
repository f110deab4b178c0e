package dev.fairness.gate;

import dev.fairness.InputException;
import dev.fairness.metrics.CompoundMetric;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.List;

/** What a rule measures: one metric (AUC, TPR, ...) or a compound criterion (equalized odds, ...). */
public record Measure(Metric metric, CompoundMetric compound) {

    public Measure {
        if ((metric == null) == (compound == null)) {
            throw new IllegalArgumentException("a measure is either a metric or a compound criterion");
        }
    }

    /** Parses a pom name such as {@code auc}, {@code balancedAccuracy} or {@code equalizedOdds}. */
    public static Measure parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InputException("A <rule> has no <metric>. Name one of: " + String.join(", ", names()) + ".");
        }
        CompoundMetric compound = CompoundMetric.fromId(text.trim());
        if (compound != null) {
            return new Measure(null, compound);
        }
        Metric metric = Metric.fromId(text.trim());
        if (metric == null || metric.isCount()) {
            throw new InputException("Unknown metric '" + text + "' in a <rule>. Use one of: " + String.join(", ", names()) + ".");
        }
        return new Measure(metric, null);
    }

    /** Every name a rule accepts, metrics first. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (!m.isCount()) {
                names.add(m.id());
            }
        }
        for (CompoundMetric c : CompoundMetric.values()) {
            names.add(c.id());
        }
        return names;
    }

    public boolean isCompound() {
        return compound != null;
    }

    /** The metrics a group needs defined to take part. */
    public List<Metric> components() {
        return isCompound() ? compound.components() : List.of(metric);
    }

    public String id() {
        return isCompound() ? compound.id() : metric.id();
    }

    public String displayName() {
        return isCompound() ? compound.displayName() : metric.displayName();
    }
}

package dev.fairness.groups;

import java.util.List;
import java.util.Objects;

/**
 * How one attribute becomes groups: categorical values as they are, or a numeric attribute binned by edges.
 * Edges {@code 0,20,40} make the groups {@code 0-20} (0 &lt;= x &lt; 20), {@code 20-40} and {@code 40+}.
 */
public record AttributeSpec(String name, List<Double> binEdges) {

    public AttributeSpec {
        Objects.requireNonNull(name, "name");
        binEdges = binEdges == null ? List.of() : List.copyOf(binEdges);
        for (int i = 1; i < binEdges.size(); i++) {
            if (!(binEdges.get(i) > binEdges.get(i - 1))) {
                throw new IllegalArgumentException("bin edges of attribute '" + name + "' must increase: " + binEdges);
            }
        }
    }

    public static AttributeSpec categorical(String name) {
        return new AttributeSpec(name, List.of());
    }

    public boolean isBinned() {
        return !binEdges.isEmpty();
    }
}

package dev.fairness.groups;

import java.util.List;
import java.util.Objects;

/**
 * A partition of the samples into named groups for one attribute (e.g. {@code sex}) or one intersection
 * (e.g. {@code sex×age}). {@code groupOf[row]} is the index of the row's group in {@link #groupNames()},
 * or {@link #NO_GROUP} when the row has no value for the attribute (it then belongs to no group).
 */
public record Grouping(String name, List<String> groupNames, int[] groupOf) {
    public static final int NO_GROUP = -1;

    public Grouping {
        Objects.requireNonNull(name, "name");
        groupNames = List.copyOf(groupNames);
        Objects.requireNonNull(groupOf, "groupOf");
        for (int g : groupOf) {
            if (g < NO_GROUP || g >= groupNames.size()) {
                throw new IllegalArgumentException("group index " + g + " out of range for grouping '" + name + "'");
            }
        }
    }

    public int groupCount() {
        return groupNames.size();
    }

    public int size() {
        return groupOf.length;
    }
}

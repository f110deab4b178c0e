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
        int outside = firstOutside(groupOf, groupNames.size());
        if (outside >= 0) {
            throw new IllegalArgumentException("group index " + groupOf[outside] + " out of range for grouping '"
                    + name + "'");
        }
    }

    /**
     * The first row whose group is neither {@link #NO_GROUP} nor one of {@code groups}, or -1: a small loop of its
     * own, so that a cold JVM compiles only it (not the constructor's message) for a million rows.
     */
    private static int firstOutside(int[] groupOf, int groups) {
        for (int row = 0; row < groupOf.length; row++) {
            if (groupOf[row] < NO_GROUP || groupOf[row] >= groups) {
                return row;
            }
        }
        return -1;
    }

    public int groupCount() {
        return groupNames.size();
    }

    public int size() {
        return groupOf.length;
    }
}

package dev.fairness.metrics;

import java.util.List;

/**
 * Bootstrap replicates with chosen values, for tests of what is built on them (gates, messages, reports): one
 * grouping, its groups, and a function giving every (replicate, group, metric) value; NaN is undefined (with the
 * reason "no predicted positives"). The overall line, and the grouping's own, take the group {@code "overall"}.
 */
public final class TestReplicates {
    /** The value of one metric of one group in one replicate. */
    public interface Values {
        double value(int replicate, String group, Metric metric);
    }

    private TestReplicates() {
    }

    public static BootstrapReplicates of(BootstrapSettings settings, String grouping, List<String> groups, Values values) {
        int metrics = Metric.values().length;
        int ids = 2 + groups.size(); // overall, the grouping's own overall, its groups
        double[][] cells = new double[ids * metrics][settings.replicates()];
        String[] reasons = new String[cells.length];
        for (int id = 0; id < ids; id++) {
            String group = id < 2 ? LabelMetrics.OVERALL : groups.get(id - 2);
            for (Metric m : Metric.values()) {
                int cell = id * metrics + m.ordinal();
                for (int r = 0; r < settings.replicates(); r++) {
                    cells[cell][r] = values.value(r, group, m);
                    if (Double.isNaN(cells[cell][r])) {
                        reasons[cell] = "no predicted positives";
                    }
                }
            }
        }
        return new BootstrapReplicates(settings, List.of(grouping), List.of(groups), new boolean[] {true}, cells, reasons);
    }
}

package dev.fairness.report;

import dev.fairness.metrics.MetricValue;

import java.util.List;

/**
 * Per-group metric bars, one cluster of bars per metric, with each value's interval as a whisker and each rule's
 * limit drawn as a dashed line across its metric's cluster. Values lie in [0, 1].
 */
final class BarChart {
    private static final int PLOT_HEIGHT = 220;
    private static final int LEFT = 52;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int LEGEND_ROW = 18;

    /** One bar: a group's value of a metric. {@code interval} may be null. */
    record Bar(String group, int colourIndex, MetricValue value, Interval interval, boolean small) {
    }

    /**
     * A rule's limit as a dashed horizontal line at {@code value} (the legend names the dash "rule limit");
     * {@code label} says which rule drew it and where it comes from (e.g. {@code rule 1 (TPR difference ≤ 0.100):
     * highest TPR − 0.100 = 0.800}) in the chart's numbers and as the line's tooltip; {@code tag} ({@code R1}) is
     * written at the line's end, or null. Lines outside [0, 1] are not drawn.
     */
    record Line(double value, String label, String tag) {
        Line(double value, String label) {
            this(value, label, null);
        }
    }

    /** The bars of one metric and the rule limits drawn across them. */
    record Cluster(String metric, List<Bar> bars, List<Line> lines) {
    }

    private BarChart() {
    }

    /**
     * @param groups the legend: every group's name in colour order, with {@code *} marking groups below the
     *               minimum size
     */
    static Html svg(String title, String description, List<Cluster> clusters, List<String> groups, ReportMessages m) {
        int barsPerCluster = clusters.stream().mapToInt(c -> c.bars().size()).max().orElse(1);
        int totalBars = Math.max(1, barsPerCluster * clusters.size());
        int barWidth = Math.max(10, Math.min(36, 420 / totalBars));
        int gap = Math.max(14, barWidth);
        int plotWidth = clusters.size() * barsPerCluster * barWidth + (clusters.size() + 1) * gap;
        int width = Math.max(360, LEFT + plotWidth + RIGHT);
        boolean anyLimit = clusters.stream().anyMatch(c -> !c.lines().isEmpty());
        List<String> legend = new java.util.ArrayList<>(groups);
        if (anyLimit) {
            legend.add(m.get("chart.bars.limit"));
        }
        int legendColumns = Math.max(1, (width - LEFT) / legendColumnWidth(legend));
        int legendRows = (legend.size() + legendColumns - 1) / legendColumns;
        int height = TOP + PLOT_HEIGHT + 36 + legendRows * LEGEND_ROW + 8;

        Html svg = Svg.open(width, height, title, description);
        Plot plot = new Plot(LEFT, TOP, plotWidth, PLOT_HEIGHT);
        plot.yAxis(svg, m.get("chart.bars.axis"), m);
        double x = plot.left() + gap;
        for (Cluster cluster : clusters) {
            double clusterWidth = cluster.bars().size() * barWidth;
            for (int i = 0; i < cluster.bars().size(); i++) {
                bar(svg, plot, cluster.bars().get(i), x + i * barWidth, barWidth, m);
            }
            for (Line line : cluster.lines()) {
                if (line.value() >= 0 && line.value() <= 1) {
                    double y = plot.y(line.value());
                    svg.open("g", "class", "fr-limit-line").element("title", line.label());
                    Svg.line(svg, x - gap / 3.0, y, x + clusterWidth + gap / 3.0, y, "fr-limit");
                    if (line.tag() != null) {
                        Svg.text(svg, x + clusterWidth + gap / 3.0, y - 3, "end", "fr-limit-tag", line.tag());
                    }
                    svg.close("g");
                }
            }
            Svg.text(svg, x + clusterWidth / 2, plot.bottom() + 16, "middle", "fr-cluster", cluster.metric());
            x += clusterWidth + gap;
        }
        legend(svg, legend, groups.size(), LEFT, plot.bottom() + 36, legendColumns);
        return svg.close("svg");
    }

    private static void bar(Html svg, Plot plot, Bar bar, double x, int width, ReportMessages m) {
        double inset = width >= 16 ? 2 : 1;
        double centre = x + width / 2.0;
        String colour = Palette.colour(bar.colourIndex());
        if (!bar.value().isDefined()) {
            Svg.text(svg, centre, plot.bottom() - 4, "middle", "fr-na", m.get("value.undefined"));
            return;
        }
        double top = plot.y(bar.value().value());
        svg.empty("rect", "x", Svg.n(x + inset), "y", Svg.n(top), "width", Svg.n(width - 2 * inset),
                "height", Svg.n(plot.bottom() - top), "fill", colour, "class", bar.small() ? "fr-bar fr-bar-small" : "fr-bar",
                "stroke", bar.small() ? colour : null);
        double labelY = top;
        if (bar.interval() != null) {
            double low = plot.y(bar.interval().low());
            double high = plot.y(bar.interval().high());
            double cap = Math.max(3, width / 4.0);
            Svg.line(svg, centre, low, centre, high, "fr-whisker");
            Svg.line(svg, centre - cap, low, centre + cap, low, "fr-whisker");
            Svg.line(svg, centre - cap, high, centre + cap, high, "fr-whisker");
            labelY = Math.min(labelY, high);
        }
        if (width >= 28) {
            Svg.text(svg, centre, labelY - 4, "middle", "fr-value", m.number(bar.value().value()));
        }
    }

    private static int legendColumnWidth(List<String> groups) {
        int longest = groups.stream().mapToInt(String::length).max().orElse(4);
        return 28 + 7 * Math.min(longest, 40);
    }

    /** The groups' colour swatches, then (when there is one) the dashed line of the rule limits. */
    private static void legend(Html svg, List<String> entries, int groups, double left, double top, int columns) {
        int columnWidth = legendColumnWidth(entries);
        for (int i = 0; i < entries.size(); i++) {
            double x = left + (i % columns) * columnWidth;
            double y = top + (i / columns) * LEGEND_ROW;
            if (i < groups) {
                svg.empty("rect", "x", Svg.n(x), "y", Svg.n(y - 10), "width", "12", "height", "12",
                        "fill", Palette.colour(i));
            } else {
                Svg.line(svg, x - 2, y - 4, x + 14, y - 4, "fr-limit-sample");
            }
            Svg.text(svg, x + 18, y, "start", "fr-legend", entries.get(i));
        }
    }
}

package dev.fairness.report;

import java.util.List;

/**
 * A square chart of per-group curves on [0, 1] x [0, 1] with the diagonal as reference (chance for ROC curves,
 * perfect calibration for reliability curves). Each group has its palette colour, dash pattern and marker; the
 * legend under the plot names the group with its summary numbers.
 */
final class CurveChart {
    /** The plot's side in pixels: a value of 1 on either axis. */
    static final int SIZE = 250;
    private static final int LEFT = 56;
    private static final int TOP = 12;
    private static final int RIGHT = 24;
    private static final int LEGEND_ROW = 18;
    /** The legend starts left of the plot, under the axis title, to give its entries the chart's width. */
    private static final int LEGEND_LEFT = 8;
    /** Characters of a legend line: the chart's width after the swatch, at about 7 px per character of 12 px text. */
    static final int LEGEND_CHARS = (LEFT + SIZE + RIGHT - LEGEND_LEFT - 34 - 4) / 7;
    private static final int LEGEND_LINE = 15;

    /**
     * One group's curve.
     *
     * @param index   the group's position in its grouping (its colour, dash and marker)
     * @param legend  the legend text, e.g. {@code F: AUC 0.878, n 120}
     * @param line    points joined by the curve; empty when the group has no curve
     * @param markers points marked with the group's marker
     * @param markerLabels a short text beside each marker (e.g. the bin's count), or none
     */
    record Series(int index, String legend, List<double[]> line, List<double[]> markers, List<String> markerLabels) {
        Series(int index, String legend, List<double[]> line, List<double[]> markers) {
            this(index, legend, line, markers, List.of());
        }
    }

    private CurveChart() {
    }

    static Html svg(String title, String description, String xTitle, String yTitle, List<Series> series,
                    ReportMessages m) {
        int width = LEFT + SIZE + RIGHT;
        int height = TOP + SIZE + 44 + legendHeight(series) + 6;
        Html svg = Svg.open(width, height, title, description);
        Plot plot = new Plot(LEFT, TOP, SIZE, SIZE);
        plot.yAxis(svg, yTitle, m);
        plot.xAxis(svg, xTitle, m);
        Svg.line(svg, plot.x(0), plot.y(0), plot.x(1), plot.y(1), "fr-diagonal");
        for (Series s : series) {
            if (s.line().size() > 1) {
                StringBuilder d = new StringBuilder();
                for (double[] p : s.line()) {
                    d.append(d.length() == 0 ? "M" : "L").append(Svg.n(plot.x(p[0]))).append(' ').append(Svg.n(plot.y(p[1])));
                }
                svg.empty("path", "d", d.toString(), "class", "fr-curve", "stroke", Palette.colour(s.index()),
                        "stroke-dasharray", Palette.dash(s.index()));
            }
            for (int i = 0; i < s.markers().size(); i++) {
                double[] p = s.markers().get(i);
                Palette.marker(s.index()).draw(svg, plot.x(p[0]), plot.y(p[1]), 4, Palette.colour(s.index()));
                if (i < s.markerLabels().size()) {
                    Svg.text(svg, plot.x(p[0]) + 6, plot.y(p[1]) - 5, "start", "fr-marker-label", s.markerLabels().get(i));
                }
            }
        }
        double y = plot.bottom() + 44 + 8;
        for (Series s : series) {
            svg.empty("line", "x1", Svg.n(LEGEND_LEFT), "y1", Svg.n(y - 4), "x2", Svg.n(LEGEND_LEFT + 26), "y2",
                    Svg.n(y - 4), "stroke", Palette.colour(s.index()), "stroke-width", "2", "stroke-dasharray",
                    Palette.dash(s.index()));
            Palette.marker(s.index()).draw(svg, LEGEND_LEFT + 13, y - 4, 4, Palette.colour(s.index()));
            List<String> lines = wrap(s.legend(), LEGEND_CHARS);
            svg.open("text", "x", Svg.n(LEGEND_LEFT + 34), "y", Svg.n(y), "text-anchor", "start", "class", "fr-legend");
            for (int i = 0; i < lines.size(); i++) {
                // a line keeps its space at the break, so that the entry's text reads whole (screen readers, copying)
                svg.element("tspan", lines.get(i) + (i < lines.size() - 1 ? " " : ""), "x", Svg.n(LEGEND_LEFT + 34), "dy", i == 0 ? "0" : Integer.toString(LEGEND_LINE));
            }
            svg.close("text");
            y += LEGEND_ROW + (lines.size() - 1) * LEGEND_LINE;
        }
        return svg.close("svg");
    }

    /** The height of the legend: a row per series, and a line more for each line a long entry wraps onto. */
    private static int legendHeight(List<Series> series) {
        int height = 0;
        for (Series s : series) {
            height += LEGEND_ROW + (wrap(s.legend(), LEGEND_CHARS).size() - 1) * LEGEND_LINE;
        }
        return height;
    }

    /**
     * Breaks a legend entry at spaces into lines of at most {@code width} characters (a longer word stays whole on
     * a line of its own), so that an entry such as {@code 80+: no curve (only one class present (3 positives, 0
     * negatives)), n 3} is read whole instead of cut at the chart's edge.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

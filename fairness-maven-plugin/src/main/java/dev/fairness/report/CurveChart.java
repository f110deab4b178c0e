package dev.fairness.report;

import java.util.List;

/**
 * A square chart of per-group curves on [0, 1] x [0, 1] with the diagonal as reference (chance for ROC curves,
 * perfect calibration for reliability curves). Each group has its palette colour, dash pattern and marker; the
 * legend under the plot names the group with its summary numbers.
 */
final class CurveChart {
    private static final int SIZE = 250;
    private static final int LEFT = 56;
    private static final int TOP = 12;
    private static final int RIGHT = 24;
    private static final int LEGEND_ROW = 18;

    /**
     * One group's curve.
     *
     * @param index   the group's position in its grouping (its colour, dash and marker)
     * @param legend  the legend text, e.g. {@code F: AUC 0.878, n 120}
     * @param line    points joined by the curve; empty when the group has no curve
     * @param markers points marked with the group's marker
     */
    record Series(int index, String legend, List<double[]> line, List<double[]> markers) {
    }

    private CurveChart() {
    }

    static Html svg(String title, String description, String xTitle, String yTitle, List<Series> series,
                    ReportMessages m) {
        int width = LEFT + SIZE + RIGHT;
        int height = TOP + SIZE + 44 + series.size() * LEGEND_ROW + 6;
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
            for (double[] p : s.markers()) {
                Palette.marker(s.index()).draw(svg, plot.x(p[0]), plot.y(p[1]), 4, Palette.colour(s.index()));
            }
        }
        double y = plot.bottom() + 44 + 8;
        for (Series s : series) {
            svg.empty("line", "x1", Svg.n(LEFT), "y1", Svg.n(y - 4), "x2", Svg.n(LEFT + 26), "y2", Svg.n(y - 4),
                    "stroke", Palette.colour(s.index()), "stroke-width", "2", "stroke-dasharray", Palette.dash(s.index()));
            Palette.marker(s.index()).draw(svg, LEFT + 13, y - 4, 4, Palette.colour(s.index()));
            Svg.text(svg, LEFT + 34, y, "start", "fr-legend", s.legend());
            y += LEGEND_ROW;
        }
        return svg.close("svg");
    }
}

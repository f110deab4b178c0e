package dev.fairness.report;

/**
 * The plotting area of a chart with a value axis from 0 to 1 (every metric, rate and score the report draws lies
 * there): pixel positions of values, grid lines with tick labels, and axis titles.
 *
 * @param left   x of the area's left edge in pixels
 * @param top    y of the area's top edge
 * @param width  width of the area
 * @param height height of the area
 */
record Plot(double left, double top, double width, double height) {
    static final double[] TICKS = {0, 0.2, 0.4, 0.6, 0.8, 1.0};

    /** The x pixel of a value in [0, 1]. */
    double x(double value) {
        return left + clamp(value) * width;
    }

    /** The y pixel of a value in [0, 1] (0 at the bottom). */
    double y(double value) {
        return top + (1 - clamp(value)) * height;
    }

    double bottom() {
        return top + height;
    }

    double right() {
        return left + width;
    }

    /** Horizontal grid lines and y tick labels, the y axis title rotated along the left edge. */
    void yAxis(Html svg, String title, ReportMessages m) {
        for (double tick : TICKS) {
            Svg.line(svg, left, y(tick), right(), y(tick), tick == 0 ? "fr-axis" : "fr-grid");
            Svg.text(svg, left - 6, y(tick) + 4, "end", "fr-tick", m.tick(tick));
        }
        svg.element("text", title, "x", Svg.n(12), "y", Svg.n(top + height / 2), "text-anchor", "middle",
                "class", "fr-axis-title", "transform", "rotate(-90 12 " + Svg.n(top + height / 2) + ")");
    }

    /** Vertical grid lines and x tick labels, the x axis title under them. */
    void xAxis(Html svg, String title, ReportMessages m) {
        for (double tick : TICKS) {
            Svg.line(svg, x(tick), top, x(tick), bottom(), tick == 0 ? "fr-axis" : "fr-grid");
            Svg.text(svg, x(tick), bottom() + 15, "middle", "fr-tick", m.tick(tick));
        }
        Svg.text(svg, left + width / 2, bottom() + 32, "middle", "fr-axis-title", title);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

package dev.fairness.report;

import dev.fairness.compare.LabelComparison;
import dev.fairness.compare.PairedValues;
import dev.fairness.metrics.Interval;

/**
 * Performance against a fairness gap, one point per model with its interval as whiskers in both directions: the
 * trade-off between the models at a glance (up is better performance, left a smaller gap). The axes span the
 * models' intervals, not 0 to 1, since models differ by hundredths.
 */
final class TradeOffFigure {
    private static final int WIDTH = 460;
    private static final int HEIGHT = 300;
    private static final double LEFT = 62;
    private static final double TOP = 16;
    private static final double PLOT_WIDTH = 260;
    private static final double PLOT_HEIGHT = 230;

    private TradeOffFigure() {
    }

    /**
     * @param x the column drawn across (a gap), {@code y} the column drawn up (a performance metric)
     * @param messages the report's language
     * @param xName the across column's name in the report's language, {@code yName} the up column's
     */
    static Html render(LabelComparison label, int x, int y, ReportMessages messages, String xName, String yName) {
        PairedValues v = label.values();
        int qx = label.columns().get(x);
        int qy = label.columns().get(y);
        double[] xr = range(label, qx);
        double[] yr = range(label, qy);
        Html svg = Svg.open(WIDTH, HEIGHT, messages.get("comparison.chart.title", yName, xName, label.label()),
                messages.get("comparison.chart.description", xName, yName));
        for (int t = 0; t <= 4; t++) {
            double fx = xr[0] + (xr[1] - xr[0]) * t / 4;
            double fy = yr[0] + (yr[1] - yr[0]) * t / 4;
            Svg.line(svg, px(fx, xr), TOP, px(fx, xr), TOP + PLOT_HEIGHT, t == 0 ? "fr-axis" : "fr-grid");
            Svg.line(svg, LEFT, py(fy, yr), LEFT + PLOT_WIDTH, py(fy, yr), t == 0 ? "fr-axis" : "fr-grid");
            Svg.text(svg, px(fx, xr), TOP + PLOT_HEIGHT + 15, "middle", "fr-tick", messages.number(fx));
            Svg.text(svg, LEFT - 6, py(fy, yr) + 4, "end", "fr-tick", messages.number(fy));
        }
        Svg.text(svg, LEFT + PLOT_WIDTH / 2, TOP + PLOT_HEIGHT + 32, "middle", "fr-axis-title", xName);
        svg.element("text", yName, "x", Svg.n(12), "y", Svg.n(TOP + PLOT_HEIGHT / 2), "text-anchor", "middle",
                "class", "fr-axis-title", "transform", "rotate(-90 12 " + Svg.n(TOP + PLOT_HEIGHT / 2) + ")");
        for (int m = 0; m < label.models().size(); m++) {
            double vx = v.point(m, qx);
            double vy = v.point(m, qy);
            if (Double.isNaN(vx) || Double.isNaN(vy)) {
                continue;
            }
            String colour = Palette.colour(m);
            whisker(svg, v.interval(m, qx), true, vy, xr, yr);
            whisker(svg, v.interval(m, qy), false, vx, xr, yr);
            // the reference model is a ring around where the others' dots go, so that a model on the same spot
            // (same AUC and gap) stays visible instead of hiding it
            boolean ring = m == label.reference();
            marker(svg, px(vx, xr), py(vy, yr), colour, ring);
            double ly = TOP + 14 + 18 * m;
            marker(svg, LEFT + PLOT_WIDTH + 20, ly - 4, colour, ring);
            Svg.text(svg, LEFT + PLOT_WIDTH + 30, ly, "start", "fr-legend", label.models().get(m));
        }
        return svg.close("svg");
    }

    private static void marker(Html svg, double x, double y, String colour, boolean ring) {
        if (ring) {
            svg.empty("circle", "cx", Svg.n(x), "cy", Svg.n(y), "r", "8", "fill", "none", "stroke", colour,
                    "stroke-width", "2.5");
        } else {
            svg.empty("circle", "cx", Svg.n(x), "cy", Svg.n(y), "r", "5", "fill", colour);
        }
    }

    private static void whisker(Html svg, Interval interval, boolean across, double at, double[] xr, double[] yr) {
        if (interval == null || !interval.isDefined()) {
            return;
        }
        if (across) {
            Svg.line(svg, px(interval.lower(), xr), py(at, yr), px(interval.upper(), xr), py(at, yr), "fr-whisker");
        } else {
            Svg.line(svg, px(at, xr), py(interval.lower(), yr), px(at, xr), py(interval.upper(), yr), "fr-whisker");
        }
    }

    /** The span of every model's value and interval of quantity {@code q}, padded by a tenth. */
    private static double[] range(LabelComparison label, int q) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        PairedValues v = label.values();
        for (int m = 0; m < label.models().size(); m++) {
            for (double value : new double[] {v.point(m, q), bound(v.interval(m, q), true),
                    bound(v.interval(m, q), false)}) {
                if (!Double.isNaN(value)) {
                    lo = Math.min(lo, value);
                    hi = Math.max(hi, value);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double pad = Math.max((hi - lo) * 0.1, 0.005);
        return new double[] {lo - pad, hi + pad};
    }

    private static double bound(Interval interval, boolean lower) {
        return interval == null || !interval.isDefined() ? Double.NaN : lower ? interval.lower() : interval.upper();
    }

    private static double px(double value, double[] range) {
        return LEFT + (value - range[0]) / (range[1] - range[0]) * PLOT_WIDTH;
    }

    private static double py(double value, double[] range) {
        return TOP + (1 - (value - range[0]) / (range[1] - range[0])) * PLOT_HEIGHT;
    }
}

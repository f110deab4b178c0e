package dev.fairness.report;

import java.util.List;

/**
 * How the groups of a chart are told apart: the Okabe–Ito colours, distinguishable with the common colour-vision
 * deficiencies, and for lines also a dash pattern and a marker shape, so that no chart depends on colour alone.
 * Group {@code i} of a grouping has the same colour, dash and marker in every chart.
 */
final class Palette {
    static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000", "#F0E442");
    /** SVG {@code stroke-dasharray} values; null is a solid line. */
    static final List<String> DASHES = java.util.Arrays.asList(null, "8 3", "2 3", "9 3 2 3", "5 5", "1 4");
    static final List<Marker> MARKERS = List.of(Marker.values());

    private Palette() {
    }

    static String colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    static String dash(int index) {
        return DASHES.get(index % DASHES.size());
    }

    static Marker marker(int index) {
        return MARKERS.get(index % MARKERS.size());
    }

    /** Marker shapes, drawn centred on a point. */
    enum Marker {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN, CROSS;

        /** The marker at ({@code x}, {@code y}) with radius {@code r}, filled (and, for the cross, stroked) in {@code colour}. */
        void draw(Html svg, double x, double y, double r, String colour) {
            switch (this) {
                case CIRCLE -> svg.empty("circle", "cx", Svg.n(x), "cy", Svg.n(y), "r", Svg.n(r), "fill", colour);
                case SQUARE -> svg.empty("rect", "x", Svg.n(x - r), "y", Svg.n(y - r), "width", Svg.n(2 * r),
                        "height", Svg.n(2 * r), "fill", colour);
                case TRIANGLE -> polygon(svg, colour, x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
                case DIAMOND -> polygon(svg, colour, x, y - r * 1.3, x + r * 1.1, y, x, y + r * 1.3, x - r * 1.1, y);
                case TRIANGLE_DOWN -> polygon(svg, colour, x, y + r * 1.2, x + r * 1.1, y - r * 0.8, x - r * 1.1, y - r * 0.8);
                case CROSS -> svg.empty("path", "d", "M" + Svg.n(x - r) + " " + Svg.n(y - r) + "L" + Svg.n(x + r) + " "
                        + Svg.n(y + r) + "M" + Svg.n(x - r) + " " + Svg.n(y + r) + "L" + Svg.n(x + r) + " " + Svg.n(y - r),
                        "stroke", colour, "stroke-width", "2.5", "fill", "none");
            }
        }

        private static void polygon(Html svg, String colour, double... xy) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < xy.length; i += 2) {
                points.append(i == 0 ? "" : " ").append(Svg.n(xy[i])).append(',').append(Svg.n(xy[i + 1]));
            }
            svg.empty("polygon", "points", points.toString(), "fill", colour);
        }
    }
}

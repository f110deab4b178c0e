package dev.fairness.report;

/** Shared pieces of the inline SVG charts: the root element, coordinates and text. */
final class Svg {
    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private Svg() {
    }

    /**
     * Opens an {@code <svg>} of the given size whose accessible name is {@code title} (also its {@code <title>},
     * shown as a tooltip) and whose {@code <desc>} says in words what it shows.
     */
    static Html open(int width, int height, String title, String description) {
        Html svg = new Html().open("svg", "xmlns", NAMESPACE, "class", "fr-chart", "width", Integer.toString(width),
                "height", Integer.toString(height), "viewBox", "0 0 " + width + " " + height, "role", "img",
                "aria-label", title);
        svg.element("title", title).element("desc", description);
        return svg;
    }

    /**
     * A coordinate with one decimal, independent of the locale: the text {@code String.format(Locale.US, "%.1f",
     * value)} gives, without a {@code Formatter} per number ({@link DecimalText}).
     */
    static String n(double value) {
        return DecimalText.fixed(value, 1);
    }

    /** Text at a point; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    static void text(Html svg, double x, double y, String anchor, String cssClass, String text) {
        svg.element("text", text, "x", n(x), "y", n(y), "text-anchor", anchor, "class", cssClass);
    }

    static void line(Html svg, double x1, double y1, double x2, double y2, String cssClass) {
        svg.empty("line", "x1", n(x1), "y1", n(y1), "x2", n(x2), "y2", n(y2), "class", cssClass);
    }
}

package dev.fairness.report;

import java.util.Locale;

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
     * value)} gives, without a {@code Formatter} per number (a report draws a few hundred thousand coordinates).
     * The formatter rounds the digits of {@link Double#toString} half up at the first decimal; so does this, by hand.
     * Values {@code toString} writes with an exponent (below 0.001 or from 10^7 on) and NaN go to the formatter.
     */
    static String n(double value) {
        String shortest = Double.toString(value);
        int point = shortest.indexOf('.');
        if (point < 0 || shortest.indexOf('E') >= 0) {
            return String.format(Locale.US, "%.1f", value);
        }
        if (shortest.length() - point <= 2) { // one decimal already
            return shortest;
        }
        if (shortest.charAt(point + 2) < '5') {
            return shortest.substring(0, point + 2);
        }
        return roundedUp(shortest, point);
    }

    /** {@code text} (digits, a point and at least two decimals) cut after the first decimal and raised by 0.1. */
    private static String roundedUp(String text, int point) {
        char[] digits = (text.substring(0, point) + text.charAt(point + 1)).toCharArray();
        int i = digits.length - 1;
        while (i >= 0 && digits[i] == '9') {
            digits[i--] = '0';
        }
        String integer;
        if (i >= 0 && digits[i] != '-') {
            digits[i]++;
            integer = new String(digits, 0, digits.length - 1);
        } else { // 9.96 -> 10.0, -9.96 -> -10.0: one more digit
            int sign = i >= 0 ? 1 : 0;
            integer = new String(digits, 0, sign) + "1" + new String(digits, sign, digits.length - 1 - sign);
        }
        return integer + "." + digits[digits.length - 1];
    }

    /** Text at a point; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    static void text(Html svg, double x, double y, String anchor, String cssClass, String text) {
        svg.element("text", text, "x", n(x), "y", n(y), "text-anchor", anchor, "class", cssClass);
    }

    static void line(Html svg, double x1, double y1, double x2, double y2, String cssClass) {
        svg.empty("line", "x1", n(x1), "y1", n(y1), "x2", n(x2), "y2", n(y2), "class", cssClass);
    }
}

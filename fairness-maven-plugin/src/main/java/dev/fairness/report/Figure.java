package dev.fairness.report;

/**
 * A chart with its text alternative: the SVG (whose title is its accessible name), a caption, and the numbers it
 * draws in a table that opens without JavaScript ({@code <details>}).
 */
final class Figure {
    private Figure() {
    }

    static void render(Html html, Html svg, String caption, Html numbers, ReportMessages m) {
        html.open("figure", "class", "fr-figure").append(svg);
        html.element("figcaption", caption);
        html.open("details", "class", "fr-numbers").element("summary", m.get("chart.numbers"))
                .open("div", "class", "fr-scroll").append(numbers).close("div").close("details");
        html.close("figure");
    }
}

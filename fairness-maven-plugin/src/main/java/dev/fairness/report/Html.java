package dev.fairness.report;

/**
 * A small writer of HTML and SVG markup that escapes by construction: element and attribute names are constants of
 * this package, while every text and attribute value passes through {@link Escape#html}. Only markup produced by
 * another {@code Html} can be inserted unescaped ({@link #append(Html)}).
 */
final class Html {
    private final StringBuilder out = new StringBuilder(1024);

    /**
     * Opens an element. {@code attributes} are name/value pairs; a pair whose value is null is left out, so that
     * optional attributes need no branches at the call site.
     */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** An element without content, e.g. {@code <line .../>} in SVG or {@code <meta ...>} in HTML. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Escaped text. */
    Html text(String text) {
        out.append(Escape.html(text));
        return this;
    }

    /** Markup written by another writer of this package (already escaped). */
    Html append(Html markup) {
        out.append(markup.out);
        return this;
    }

    boolean isEmpty() {
        return out.length() == 0;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Escape.html(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

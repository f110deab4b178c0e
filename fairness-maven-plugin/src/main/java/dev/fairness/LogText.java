package dev.fairness;

/**
 * Makes user-provided text (manifest cells, group names, paths) safe to write to a build log: every character that
 * a terminal or a log reader would act on instead of showing is written as a visible escape. A line break in a
 * quoted CSV cell could otherwise forge a whole log line ({@code [INFO] BUILD SUCCESS}), an ANSI escape sequence
 * could recolour or clear the terminal, and a NUL could cut the line short in some viewers.
 *
 * <p>Escaped: {@code \n}, {@code \r}, {@code \t} by name; every other control character (C0, DEL, C1, which
 * includes the single-byte CSI {@code \u009b}), the Unicode line and paragraph separators and the bidirectional
 * overrides and isolates (which reorder what is shown) as {@code \}{@code uXXXX}. The backslash itself is left as it
 * is, so escaping twice changes nothing and ordinary Windows paths read as before.
 */
public final class LogText {
    private LogText() {
    }

    /** The text with every character listed in the class comment made visible; {@code null} gives {@code "null"}. */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}

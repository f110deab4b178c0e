package dev.fairness.report;

/**
 * Escaping of every value that comes from data or configuration (group, label, attribute and file names, reasons,
 * ids) before it enters the HTML page or an inline SVG chart. One rule serves text and double- or single-quoted
 * attribute values in HTML and in SVG: {@code & < > " '} become character references, and control characters that
 * HTML and XML do not allow become U+FFFD.
 */
public final class Escape {
    private Escape() {
    }

    /** The text, safe as HTML or SVG text content and as a quoted attribute value; null becomes empty. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> isForbiddenControl(c) ? "\uFFFD" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** C0 controls other than tab, line feed and carriage return, and DEL through the C1 controls. */
    private static boolean isForbiddenControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }
}
